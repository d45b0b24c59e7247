package io.newsaggregator.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an XML (or JSON) document into text. Order of evidence: byte order mark, then
 * the HTTP charset, then the XML declaration, then UTF-8, then a guess among legacy encodings.
 * An HTTP Latin-1 default does not overrule a different XML declaration. A declared Latin-1/windows-1252/US-ASCII that is contradicted by valid multi-byte UTF-8 is
 * overruled: that is the commonest wrong declaration on the web, and decoding it as declared
 * would produce mojibake.
 */
final class XmlTextDecoder {
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Set<String> OFTEN_WRONG = Set.of(
            "iso-8859-1", "iso8859-1", "latin1", "l1", "windows-1252", "cp1252", "us-ascii", "ascii", "iso-8859-15");

    /** The text and the name of the encoding it was read in. */
    record Decoded(String text, String charset) {
    }

    Decoded decode(byte[] body, String httpCharset) {
        Charset bom = bomCharset(body);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(new String(body, skip, body.length - skip, bom), bom.name());
        }
        Charset utf16 = utf16WithoutBom(body);
        if (utf16 != null) {
            return new Decoded(new String(body, utf16), utf16.name());
        }
        Charset declared = chooseDeclared(supported(httpCharset), supported(declaredInProlog(body)));
        boolean validUtf8 = isValidUtf8(body);
        if (declared == null) {
            Charset chosen = validUtf8 ? StandardCharsets.UTF_8 : LegacyCharsetGuesser.guess(body, 0);
            return new Decoded(new String(body, chosen), chosen.name());
        }
        if (validUtf8 && OFTEN_WRONG.contains(declared.name().toLowerCase(Locale.ROOT)) && hasMultiByte(body)) {
            return new Decoded(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8.name());
        }
        return new Decoded(new String(body, declared), declared.name());
    }

    /**
     * The HTTP charset wins (RFC 7303), except a Latin-1 family default that many servers add to
     * every text/xml answer while the document itself names another encoding.
     */
    private static Charset chooseDeclared(Charset http, Charset prolog) {
        if (http == null) {
            return prolog;
        }
        if (prolog != null && !prolog.equals(http) && OFTEN_WRONG.contains(http.name().toLowerCase(Locale.ROOT))) {
            return prolog;
        }
        return http;
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** A document starting "<" or whitespace in UTF-16 has a zero in every other byte. */
    private static Charset utf16WithoutBom(byte[] b) {
        if (b.length < 4) {
            return null;
        }
        if (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String declaredInProlog(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_ENCODING.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static Charset supported(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            Charset c = Charset.forName(name.strip());
            // a multi-byte declaration on a document that was read as single bytes would be wrong anyway
            return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32") ? null : c;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasMultiByte(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
