package io.newsaggregator.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was decoded as Latin-1/windows-1252 once too often ("CafÃ©" for "Café",
 * "â€™" for "’"). A run of such characters is replaced only when its bytes form valid UTF-8,
 * which text that was really meant as Latin-1 almost never does: the repair is unambiguous.
 */
final class MojibakeRepair {
    /** A lead byte of a multi-byte UTF-8 sequence read as Latin-1, followed by continuation bytes. */
    private static final Pattern SUSPECT = Pattern.compile("[\\u00C2-\\u00F4][\\u0080-\\u00BF\\u0152\\u0153\\u0160"
            + "\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026"
            + "\\u2030\\u2039\\u203A\\u20AC\\u2122]");
    private static final Pattern RUN = Pattern.compile("[\\u0080-\\u00FF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D"
            + "\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A"
            + "\\u20AC\\u2122]{2,}");

    private MojibakeRepair() {
    }

    static String repair(String s) {
        if (s == null || !SUSPECT.matcher(s).find()) {
            return s;
        }
        Matcher m = RUN.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(repairRun(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String repairRun(String run) {
        byte[] bytes = toSingleBytes(run);
        if (bytes == null) {
            return run;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return run;
        }
    }

    /** Each char back to the byte it was decoded from (Latin-1 for U+0080..U+00FF, else windows-1252). */
    private static byte[] toSingleBytes(String run) {
        CharsetEncoder cp1252 = LegacyCharsetGuesser.WINDOWS_1252.newEncoder();
        byte[] bytes = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else if (cp1252.canEncode(c)) {
                bytes[i] = String.valueOf(c).getBytes(LegacyCharsetGuesser.WINDOWS_1252)[0];
            } else {
                return null;
            }
        }
        return bytes;
    }

    /** Whether the text still shows the marks of double decoding. */
    static boolean looksDoubleDecoded(String s) {
        return s != null && SUSPECT.matcher(s).find() && !repair(s).equals(s);
    }
}
