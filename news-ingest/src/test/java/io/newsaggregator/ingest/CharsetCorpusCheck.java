package io.newsaggregator.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decodes every feed and page of the shared corpus with {@link TextDecoder} and with a naive
 * baseline (the document's declared charset, else UTF-8), and counts the files whose text shows
 * decoding damage: replacement characters or typical mojibake (UTF-8 read as an 8-bit charset).
 * The corpus has no HTTP headers for most files, so both decoders see none.
 *
 * <p>Run: {@code java -cp news-ingest/target/classes:news-ingest/target/test-classes
 * io.newsaggregator.ingest.CharsetCorpusCheck [corpus dir]}
 */
public final class CharsetCorpusCheck {

    private static final Pattern MOJIBAKE = Pattern.compile("Ã[\\u0080-\\u00BF]|â€|Ð[\\u0080-\\u00BF]|Ñ[\\u0080-\\u00BF]");
    private static final Pattern XML_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private record Tally(int files, int replacement, int mojibake) {
        Tally add(String text) {
            return new Tally(files + 1, replacement + (text.indexOf('\uFFFD') >= 0 ? 1 : 0),
                    mojibake + (MOJIBAKE.matcher(text).find() ? 1 : 0));
        }
    }

    private CharsetCorpusCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        if (!Files.isDirectory(corpus)) {
            System.out.println("corpus not found at " + corpus.toAbsolutePath() + "; nothing to check");
            return;
        }
        for (String set : List.of("feeds/good", "feeds/bad", "feeds/http", "html")) {
            Path dir = corpus.resolve(set);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Tally ours = new Tally(0, 0, 0);
            Tally naive = new Tally(0, 0, 0);
            long nanos = 0;
            long bytes = 0;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> !f.toString().endsWith(".txt")).sorted().toList()) {
                    byte[] body = Files.readAllBytes(file);
                    boolean xml = !file.toString().endsWith(".html");
                    long start = System.nanoTime();
                    DecodedText decoded = xml ? TextDecoder.decodeXml(body, null) : TextDecoder.decodeHtml(body, null);
                    nanos += System.nanoTime() - start;
                    bytes += body.length;
                    ours = ours.add(decoded.text());
                    naive = naive.add(naive(body, xml));
                    if (args.length > 1 && args[1].equals("-v")) {
                        System.out.printf("  %-70s %-14s %s%n", file.getFileName(), decoded.charset(), decoded.how());
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%-11s files %3d | damaged (U+FFFD / mojibake): TextDecoder %3d / %3d,"
                            + " naive baseline %3d / %3d | %.1f MB/s%n", set, ours.files(), ours.replacement(),
                    ours.mojibake(), naive.replacement(), naive.mojibake(), bytes / 1e6 / (nanos / 1e9));
        }
    }

    /** The declared charset if Java knows it, else UTF-8. */
    private static String naive(byte[] body, boolean xml) {
        String head = new String(body, 0, Math.min(body.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = (xml ? XML_ENCODING : META_CHARSET).matcher(head);
        Charset charset = StandardCharsets.UTF_8;
        if (m.find()) {
            try {
                charset = Charset.forName(m.group(1));
            } catch (RuntimeException e) {
                charset = StandardCharsets.UTF_8;
            }
        }
        return new String(body, charset);
    }
}
