package io.newsaggregator.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * Guesses the legacy encoding of bytes that are not UTF-8 and name no encoding. A candidate wins
 * when the non-ASCII characters it decodes to are mostly the most frequent letters of its script
 * (a wrong single-byte decoding scatters over rare letters, upper case or punctuation).
 */
final class LegacyCharsetGuesser {
    private static final Charset WINDOWS_1252 = CharsetNames.WINDOWS_1252;
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    private static final double MIN_COVERAGE = 0.35;
    private static final double MIN_NON_ASCII_SHARE = 0.15;

    private record Candidate(Charset charset, String frequentLetters) {
    }

    private static final List<Candidate> SINGLE_BYTE = List.of(
            new Candidate(Charset.forName("windows-1251"), "оеаинтсрвлкмдпуяы"),
            new Candidate(Charset.forName("KOI8-R"), "оеаинтсрвлкмдпуяы"),
            new Candidate(Charset.forName("windows-1255"), "יוהלארתבמשעכדנקפ"),
            new Candidate(Charset.forName("ISO-8859-7"), "αοετινσρκπμλυηω"));

    private LegacyCharsetGuesser() {
    }

    static Charset guess(byte[] bytes) {
        int nonAscii = 0;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii++;
            }
        }
        if (nonAscii == 0) {
            return WINDOWS_1252;
        }
        if (looksJapanese(bytes)) {
            return SHIFT_JIS;
        }
        Charset best = WINDOWS_1252;
        double bestCoverage = MIN_COVERAGE;
        int letters = countLetters(bytes);
        if ((double) nonAscii / Math.max(1, letters) < MIN_NON_ASCII_SHARE) {
            return WINDOWS_1252; // a few accented letters in Latin text
        }
        for (Candidate c : SINGLE_BYTE) {
            double coverage = coverage(new String(bytes, c.charset()), c.frequentLetters());
            if (coverage > bestCoverage) {
                bestCoverage = coverage;
                best = c.charset();
            }
        }
        return best;
    }

    private static int countLetters(byte[] bytes) {
        int n = 0;
        for (byte raw : bytes) {
            int b = raw & 0xff;
            if (b >= 0x80 || Character.isLetter(b)) {
                n++;
            }
        }
        return n;
    }

    private static double coverage(String text, String frequentLetters) {
        int nonAscii = 0;
        int frequent = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                nonAscii++;
                if (frequentLetters.indexOf(c) >= 0) {
                    frequent++;
                }
            }
        }
        return nonAscii == 0 ? 0 : (double) frequent / nonAscii;
    }

    /** Strictly valid Shift_JIS that contains hiragana, which Japanese prose never lacks. */
    private static boolean looksJapanese(byte[] bytes) {
        String text;
        try {
            text = SHIFT_JIS.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        long hiragana = text.chars().filter(c -> c >= 0x3041 && c <= 0x309F).count();
        return hiragana >= 2;
    }
}
