package io.newsaggregator.ingest.bench;

import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.ingest.IngestAdapters;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Peak heap while reading a huge feed (200,000 items) and a section page with 100,000 links, next to
 * the same-run baseline of holding the body alone. Run with a fixed heap, e.g.
 * {@code java -Xmx2g -cp ... io.newsaggregator.ingest.bench.HugeSourceMemoryBenchmark 200000 100000}.
 */
public final class HugeSourceMemoryBenchmark {
    private HugeSourceMemoryBenchmark() {
    }

    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int links = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        byte[] feed = feed(items);
        byte[] page = sectionPage(links);
        System.out.printf("feed: %,d items, %,d bytes; section page: %,d links, %,d bytes%n", items, feed.length, links, page.length);
        measure("baseline: bodies held, nothing read", () -> List.of());
        measure("feed read", () -> IngestAdapters.feedReader().read(page("https://huge.example/rss.xml", feed, "application/rss+xml")).links());
        measure("section page read", () -> IngestAdapters.linkDiscoverer()
                .articleLinks(page("https://huge.example/world/", page, "text/html"), null));
    }

    private static void measure(String what, Supplier<List<DiscoveredLink>> work) {
        System.gc();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        List<DiscoveredLink> found = work.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%-40s %,8d links kept  peak heap %,6d MiB (%,d MiB above the start)  %,d ms%n", what, found.size(),
                peak >> 20, (peak - before) >> 20, millis);
    }

    private static FetchedPage page(String url, byte[] body, String type) {
        return new FetchedPage(url, url, 200, false, body, type, "UTF-8", null, null, 1);
    }

    static byte[] feed(int items) {
        StringBuilder xml = new StringBuilder(items * 110).append("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Huge</title>");
        for (int i = 0; i < items; i++) {
            xml.append("<item><title>Item ").append(i).append("</title><link>https://huge.example/news/2026/item-")
                    .append(i).append(".html</link></item>");
        }
        return xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] sectionPage(int links) {
        StringBuilder html = new StringBuilder(links * 90).append("<!doctype html><html><head><title>World</title></head><body><main>");
        for (int i = 0; i < links; i++) {
            html.append("<article><a href=\"/news/2026/story-").append(i).append(".html\">Story number ").append(i)
                    .append("</a></article>");
        }
        return html.append("</main></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
