package io.newsaggregator.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes fetched bytes to text, choosing the charset from (in order) a byte order mark, the
 * HTTP header charset, and the document's own declaration ({@code <meta charset>} /
 * {@code <meta http-equiv>} for HTML, the XML declaration for XML), then checking the choice
 * against the bytes so common mis-declarations do not turn into mojibake:
 * <ul>
 *   <li>bytes that are valid UTF-8 with multi-byte sequences are decoded as UTF-8 whatever an
 *       8-bit declaration says (legacy text is practically never valid UTF-8 by accident);</li>
 *   <li>a UTF-8 declaration on bytes that are mostly not UTF-8 is passed over for the next
 *       declaration, or for detection as below;</li>
 *   <li>unknown charset names are ignored;</li>
 *   <li>a UTF-16 or UTF-32 declaration on bytes that start without a BOM or the zero bytes of
 *       UTF-16 is wrong: the document's own is read as UTF-8 (it was readable as ASCII), an HTTP
 *       header's is passed over for XML (which must then carry a BOM);</li>
 *   <li>for XML, a Latin-1 family header charset, which many servers add to every text/xml answer,
 *       gives way to a different encoding named in the XML declaration;</li>
 *   <li>without a usable declaration: UTF-8 if the bytes are UTF-8 (a stray broken sequence among
 *       many good ones, as from a cut-off page, still counts), else a guess among common legacy
 *       charsets (see {@link LegacyCharsetGuesser}), windows-1252 when nothing else fits.</li>
 * </ul>
 * Latin-1 and ASCII labels decode as windows-1252, as browsers do. Text double-encoded upstream
 * (UTF-8 read as windows-1252 before it reached us) is repaired when it clearly is such text; see
 * {@link MojibakeRepair}. Stateless and thread-safe.
 */
final class TextDecoder {

    /** How far into a document its declaration is looked for. */
    static final int SNIFF_BYTES = 8 * 1024;

    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:+-]+)", Pattern.CASE_INSENSITIVE);
    /** The XML declaration, also after blank lines, a stray BOM (read here as ISO-8859-1) or comments. */
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^(?:\\s|\u00EF\u00BB\u00BF|<!--.*?-->)*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']\\s*([A-Za-z0-9_.:+-]+)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Header charsets that servers send by default, which an XML declaration naming another overrules. */
    private static final Set<Charset> SERVER_DEFAULTS = Set.of(
            CharsetNames.WINDOWS_1252, Charset.forName("ISO-8859-15"));

    private TextDecoder() {
    }

    /**
     * @param headerCharset the charset parameter of the Content-Type header, or null
     */
    public static DecodedText decodeHtml(byte[] body, String headerCharset) {
        Objects.requireNonNull(body, "body");
        return decode(body, headerCharset, () -> htmlDeclaration(body), "meta", true);
    }

    /**
     * @param headerCharset the charset parameter of the Content-Type header, or null
     */
    public static DecodedText decodeXml(byte[] body, String headerCharset) {
        Objects.requireNonNull(body, "body");
        return decode(body, headerCharset, () -> xmlDeclaration(body), "xml-declaration", false);
    }

    /** A charset label and where it was found; the document's own is only looked for when needed. */
    private record Declaration(Supplier<String> label, String source) {
    }

    private static DecodedText decode(byte[] body, String headerCharset, Supplier<String> documentCharset,
                                      String documentSource, boolean html) {
        Optional<DecodedText> bom = decodeByBom(body);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> utf16 = utf16WithoutBom(body);
        if (utf16.isPresent()) {
            return decoded(body, utf16.get(), "UTF-16 detected, no BOM");
        }
        Declaration header = new Declaration(() -> headerCharset, "header");
        Declaration document = new Declaration(documentCharset, documentSource);
        List<Declaration> declarations = !html && isOverruledServerDefault(headerCharset, documentCharset)
                ? List.of(document, header)
                : List.of(header, document);
        Utf8Scan scan = Utf8Scan.of(body, 0, body.length);
        List<String> passedOver = new ArrayList<>(2);
        for (Declaration candidate : declarations) {
            String label = candidate.label().get();
            if (label == null) {
                continue;
            }
            String source = candidate.source();
            Optional<Charset> resolved = CharsetNames.resolve(label);
            if (resolved.isEmpty()) {
                passedOver.add("unknown charset '" + label + "' in " + source);
                continue;
            }
            Charset charset = resolved.get();
            if (CharsetNames.isUtf16Or32(charset)) {
                if (!source.equals("header")) {
                    // A declaration readable as ASCII cannot be in UTF-16; browsers read UTF-8 then.
                    charset = StandardCharsets.UTF_8;
                } else if (html) {
                    return decoded(body, charset, source);
                } else {
                    passedOver.add(source + " said " + label.strip() + " but the bytes have no BOM");
                    continue;
                }
            }
            if (charset.equals(StandardCharsets.UTF_8)) {
                if (scan.valid() || scan.multibyte() >= scan.invalid()) {
                    return decoded(body, charset, note(source, passedOver));
                }
                passedOver.add(source + " said UTF-8 but the bytes are not");
                continue;
            }
            if (scan.provesUtf8()) {
                return decoded(body, StandardCharsets.UTF_8,
                        note("UTF-8 detected; " + source + " said " + label.strip(), passedOver));
            }
            return decoded(body, charset, note(source, passedOver));
        }
        boolean utf8 = scan.valid() || scan.multibyte() >= 4 * scan.invalid();
        Charset charset = utf8 ? StandardCharsets.UTF_8 : LegacyCharsetGuesser.guess(body);
        String detected = utf8 ? "UTF-8 detected"
                : charset.equals(CharsetNames.WINDOWS_1252) ? "windows-1252 fallback"
                : charset.name() + " guessed from the letters";
        if (passedOver.isEmpty()) {
            detected += ", no declaration";
        }
        return decoded(body, charset, note(detected, passedOver));
    }

    private static boolean isOverruledServerDefault(String headerCharset, Supplier<String> documentCharset) {
        Optional<Charset> header = CharsetNames.resolve(headerCharset);
        if (header.isEmpty() || !SERVER_DEFAULTS.contains(header.get())) {
            return false;
        }
        Optional<Charset> document = CharsetNames.resolve(documentCharset.get());
        return document.isPresent() && !document.get().equals(header.get());
    }

    private static String note(String how, List<String> passedOver) {
        return passedOver.isEmpty() ? how : how + " (" + String.join("; ", passedOver) + ")";
    }

    private static DecodedText decoded(byte[] body, Charset charset, String how) {
        String text = new String(body, charset);
        if (charset.equals(StandardCharsets.UTF_8) && !MojibakeRepair.possibleInUtf8(body)) {
            return new DecodedText(text, charset, how);
        }
        return repaired(text, charset, how);
    }

    private static DecodedText repaired(String text, Charset charset, String how) {
        String repaired = MojibakeRepair.repairDocument(text);
        return repaired == text
                ? new DecodedText(text, charset, how)
                : new DecodedText(repaired, charset, how + ", double-encoded UTF-8 repaired");
    }

    private static Optional<DecodedText> decodeByBom(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(repaired(new String(b, 3, b.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, "bom"));
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00) && Charset.isSupported("UTF-32LE")) {
            Charset utf32 = Charset.forName("UTF-32LE");
            return Optional.of(new DecodedText(new String(b, 4, b.length - 4, utf32), utf32, "bom"));
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF) && Charset.isSupported("UTF-32BE")) {
            Charset utf32 = Charset.forName("UTF-32BE");
            return Optional.of(new DecodedText(new String(b, 4, b.length - 4, utf32), utf32, "bom"));
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, "bom"));
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, "bom"));
        }
        return Optional.empty();
    }

    /**
     * Markup in UTF-16 without a BOM starts with ASCII characters each paired with a zero byte
     * ({@code 00 3C 00 3F} for {@code <?} in UTF-16BE, XML 1.0 appendix F). Text in UTF-8 or an
     * 8-bit charset never has zero bytes there.
     */
    private static Optional<Charset> utf16WithoutBom(byte[] b) {
        if (b.length < 4) {
            return Optional.empty();
        }
        if (b[0] == 0 && b[2] == 0 && isAsciiNonZero(b[1]) && isAsciiNonZero(b[3])) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b[1] == 0 && b[3] == 0 && isAsciiNonZero(b[0]) && isAsciiNonZero(b[2])) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static boolean isAsciiNonZero(byte b) {
        return b > 0;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String head(byte[] body) {
        // ISO-8859-1 maps each byte to one char, so ASCII markup reads the same in any 8-bit or UTF-8 page.
        return new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    }

    static String htmlDeclaration(byte[] body) {
        String head = HTML_COMMENT.matcher(head(body)).replaceAll("");
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    static String xmlDeclaration(byte[] body) {
        Matcher m = XML_ENCODING.matcher(head(body));
        return m.find() ? m.group(1) : null;
    }
}
