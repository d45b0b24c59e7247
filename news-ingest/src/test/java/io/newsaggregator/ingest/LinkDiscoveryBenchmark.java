package io.newsaggregator.ingest;

import io.newsaggregator.domain.error.NewsException;
import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.FetchedPage;
import io.newsaggregator.domain.port.out.LinkDiscoverer;
import io.newsaggregator.domain.port.out.UrlCanonicalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Precision and recall of section-page link discovery without and with the portal's learned
 * article-URL shapes, on the recorded feeds and pages of {@code ../shared/corpus}.
 *
 * <p>Ground truth, and why it is honest: the corpus's feeds and its pages were recorded years apart,
 * so no article URL is both listed by a feed and linked from a recorded page of the same portal.
 * Truth is therefore taken per link, not per page: <b>articles</b> are the item URLs a portal's feed
 * lists; <b>non-articles</b> are the same-site links in the {@code nav}, {@code header},
 * {@code footer} and {@code aside} of the portal's recorded pages that no feed lists (structure, not
 * URL shape, labels them, so the URL rules under test never saw the label). Each set is put on a
 * listing page of its own, every link a headline in {@code <main>}, and discovered with no known
 * articles (the rules as they were) and with known articles: for articles, the other half of the
 * same feed (two folds, so a link is never its own evidence); for non-articles, the whole feed.
 * Then the recorded home and section pages are read both ways and the counts printed.
 *
 * <p>Run: {@code java -cp ... io.newsaggregator.ingest.bench.LinkDiscoveryBenchmark [corpus dir]}.
 */
public final class LinkDiscoveryBenchmark {
    private static final UrlCanonicalizer CANONICAL = CanonicalUrls.canonicalizer();

    private LinkDiscoveryBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        if (!Files.isDirectory(corpus.resolve("feeds/good")) || !Files.isDirectory(corpus.resolve("html"))) {
            System.err.println("no corpus at " + corpus.toAbsolutePath() + " (feeds/good and html expected); nothing measured");
            return;
        }
        LinkDiscoverer discoverer = Discovery.linkDiscoverer();
        Map<String, Map<String, String>> articlesByPortal = feedArticles(corpus.resolve("feeds/good"));
        Map<String, Map<String, String>> chromeByPortal = chromeLinks(corpus.resolve("html"), articlesByPortal);

        System.out.printf("%-24s %8s %10s %10s %10s %15s %s%n", "portal", "articles", "found:rule", "found:+shp", "non-art",
                "taken:rule/+shp", "taken as headlines:rule/+shp");
        long articles = 0;
        long foundBefore = 0;
        long foundAfter = 0;
        long negatives = 0;
        long takenBefore = 0;
        long takenAfter = 0;
        long urlTakenBefore = 0;
        long urlTakenAfter = 0;
        for (var portal : articlesByPortal.entrySet()) {
            Map<String, String> items = portal.getValue();
            if (items.size() < 2) {
                continue;
            }
            String site = "https://" + portal.getKey() + "/";
            List<String> urls = new ArrayList<>(items.keySet());
            int before = 0;
            int after = 0;
            for (int fold = 0; fold < 2; fold++) {
                Map<String, String> test = new LinkedHashMap<>();
                List<String> known = new ArrayList<>();
                for (int i = 0; i < urls.size(); i++) {
                    if (i % 2 == fold) {
                        test.put(urls.get(i), items.get(urls.get(i)));
                    } else {
                        known.add(urls.get(i));
                    }
                }
                before += found(discoverer, site, test, List.of());
                after += found(discoverer, site, test, known);
                if (Boolean.getBoolean("bench.show")) {
                    Set<String> taken = taken(discoverer, site, test, known);
                    test.forEach((url, title) -> System.out.println("      " + (taken.contains(url) ? "found  " : "MISSED ") + url + " | " + title));
                }
            }
            Map<String, String> chrome = chromeByPortal.getOrDefault(portal.getKey(), Map.of());
            int chromeBefore = found(discoverer, site, chrome, List.of());
            int chromeAfter = found(discoverer, site, chrome, urls);
            Map<String, String> headlined = new LinkedHashMap<>();
            chrome.keySet().forEach(url -> headlined.put(url, "A headline as long as any other on the page"));
            int urlBefore = found(discoverer, site, headlined, List.of());
            int urlAfter = found(discoverer, site, headlined, urls);
            if (Boolean.getBoolean("bench.show")) {
                Set<String> taken = taken(discoverer, site, chrome, urls);
                chrome.forEach((url, text) -> System.out.println("      " + (taken.contains(url) ? "TAKEN  " : "left   ") + url + " | " + text));
            }
            System.out.printf("%-24s %8d %10d %10d %10d %7d/%-7d %7d/%d%n", portal.getKey(), urls.size(), before, after,
                    chrome.size(), chromeBefore, chromeAfter, urlBefore, urlAfter);
            articles += urls.size();
            foundBefore += before;
            foundAfter += after;
            negatives += chrome.size();
            takenBefore += chromeBefore;
            takenAfter += chromeAfter;
            urlTakenBefore += urlBefore;
            urlTakenAfter += urlAfter;
        }
        System.out.printf("%nall portals: %d articles, %d non-articles%n", articles, negatives);
        report("rules alone        ", articles, foundBefore, takenBefore);
        report("rules + URL shapes ", articles, foundAfter, takenAfter);
        System.out.printf("  the non-articles given headline text (the URL rules alone judge them): taken %d by the rules, %d with URL shapes%n",
                urlTakenBefore, urlTakenAfter);

        System.out.printf("%nrecorded home and section pages (links taken: rules alone / with the portal's feed as known articles)%n");
        for (Path page : listing(corpus.resolve("html"))) {
            String name = page.getFileName().toString();
            String host = hostOf(page);
            String portal = portalOf(host);
            FetchedPage fetched = FetchedPage.ofBytes("https://" + host + "/", Files.readAllBytes(page), "text/html");
            Collection<String> known = articlesByPortal.getOrDefault(portal, Map.of()).keySet();
            List<DiscoveredLink> alone = discoverer.articleLinks(fetched, null, List.of());
            List<DiscoveredLink> shaped = discoverer.articleLinks(fetched, null, known);
            System.out.printf("  %-52s %4d / %4d  (%d known)%n", name, alone.size(), shaped.size(), known.size());
        }
    }

    private static void report(String what, long articles, long found, long taken) {
        double recall = articles == 0 ? 0 : (double) found / articles;
        double precision = found + taken == 0 ? 0 : (double) found / (found + taken);
        System.out.printf("  %s recall %.3f (%d/%d)  non-articles taken %d  precision %.3f%n", what, recall, found, articles, taken, precision);
    }

    /** How many of {@code links} the discoverer takes from a listing page that holds only them, as headlines. */
    private static int found(LinkDiscoverer discoverer, String site, Map<String, String> links, Collection<String> known) {
        Set<String> taken = taken(discoverer, site, links, known);
        return (int) links.keySet().stream().filter(taken::contains).count();
    }

    private static Set<String> taken(LinkDiscoverer discoverer, String site, Map<String, String> links, Collection<String> known) {
        if (links.isEmpty()) {
            return Set.of();
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Listing</title></head><body><main>");
        links.forEach((url, title) -> html.append("<article><h2><a href=\"").append(escape(url)).append("\">")
                .append(escape(title)).append("</a></h2></article>"));
        html.append("</main></body></html>");
        FetchedPage page = FetchedPage.ofBytes(site, html.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html");
        Set<String> taken = new LinkedHashSet<>();
        discoverer.articleLinks(page, null, known).forEach(link -> taken.add(link.url()));
        return taken;
    }

    /** Per portal (registrable domain of the feed's file name): canonical item URL on that site, and its title. */
    private static Map<String, Map<String, String>> feedArticles(Path feeds) throws IOException {
        Map<String, Map<String, String>> byPortal = new TreeMap<>();
        try (Stream<Path> files = Files.list(feeds)) {
            for (Path file : files.sorted().toList()) {
                String host = hostOf(file);
                String portal = portalOf(host);
                List<DiscoveredLink> links;
                try {
                    links = Feeds.reader().read(FetchedPage.ofBytes("https://" + host + "/feed", Files.readAllBytes(file),
                            "application/xml")).links();
                } catch (NewsException unreadable) {
                    continue;
                }
                for (DiscoveredLink link : links) {
                    CANONICAL.canonicalize(link.url())
                            .filter(url -> RegistrableDomains.sameSite(url, "https://" + portal + "/"))
                            .ifPresent(url -> byPortal.computeIfAbsent(portal, p -> new LinkedHashMap<>())
                                    .putIfAbsent(url, link.title() == null ? "" : link.title()));
                }
            }
        }
        return byPortal;
    }

    /** Per portal with a feed: same-site links in the page chrome of its recorded pages that no feed lists. */
    private static Map<String, Map<String, String>> chromeLinks(Path html, Map<String, Map<String, String>> articles)
            throws IOException {
        Map<String, Map<String, String>> byPortal = new TreeMap<>();
        try (Stream<Path> files = Files.list(html)) {
            for (Path file : files.sorted().toList()) {
                String host = hostOf(file);
                String portal = portalOf(host);
                Map<String, String> listed = articles.get(portal);
                if (listed == null) {
                    continue;
                }
                Document document = Jsoup.parse(file.toFile(), null, "https://" + host + "/");
                for (Element a : document.select("nav a[href], header a[href], footer a[href], aside a[href], [role=navigation] a[href]")) {
                    if (a.closest("article") != null) {
                        continue;
                    }
                    CANONICAL.canonicalize(a.absUrl("href"))
                            .filter(url -> RegistrableDomains.sameSite(url, "https://" + portal + "/") && !listed.containsKey(url))
                            .ifPresent(url -> byPortal.computeIfAbsent(portal, p -> new LinkedHashMap<>())
                                    .putIfAbsent(url, a.text()));
                }
            }
        }
        return byPortal;
    }

    private static List<Path> listing(Path html) throws IOException {
        try (Stream<Path> files = Files.list(html)) {
            return files.filter(p -> p.getFileName().toString().matches(".*__(home|section)-.*\\.html")).sorted().toList();
        }
    }

    /** Corpus files are named {@code <host>__<what>.<ext>}. */
    private static String hostOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf("__"));
    }

    private static String portalOf(String host) {
        return RegistrableDomains.ofHost(host).orElse(host);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
