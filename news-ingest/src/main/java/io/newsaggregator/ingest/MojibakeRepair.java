package io.newsaggregator.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Repairs text that was UTF-8, then decoded once more as windows-1252 or ISO-8859-1 somewhere
 * upstream ("KÃ¤ltewelle" for "Kältewelle", "isnâ€™t" for "isn’t"). Feeds double-encoded at the
 * source arrive like this whatever charset we pick.
 *
 * <p>Two repairs share the mapping from each such character back to the byte it was read from:
 * <ul>
 *   <li>{@link #repairDocument} works on a whole decoded document and undoes only the two shapes
 *       that make nearly all real mojibake: two-byte sequences (Latin, Greek, Cyrillic, Hebrew,
 *       Arabic letters) and three-byte sequences led by {@code â} (quotes, dashes, €). Legitimate
 *       text can contain such a pair by chance (an accented capital before a curly quote), so a
 *       document is changed only when pairs are frequent and make up most of its Latin-1 letters:
 *       at least two, and at least 70 % of the characters U+00C0 to U+00FF.</li>
 *   <li>{@link #repairRuns} works on a short text such as a title, where one damaged word is
 *       already worth repairing: each run of two or more such characters is replaced when its
 *       bytes form valid UTF-8, which text really meant as Latin-1 almost never does.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class MojibakeRepair {

    /** Byte each char stands for when UTF-8 bytes were read as windows-1252 or ISO-8859-1; -1 otherwise. */
    private static final int[] BYTE_OF = new int[0x2200];

    static {
        Arrays.fill(BYTE_OF, -1);
        for (int b = 0x80; b <= 0xFF; b++) {
            BYTE_OF[b] = b; // ISO-8859-1, including the C1 controls
        }
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0x80; b <= 0x9F; b++) {
            char c = new String(new byte[] {(byte) b}, cp1252).charAt(0);
            if (c != '\uFFFD' && c < BYTE_OF.length) {
                BYTE_OF[c] = b;
            }
        }
    }

    private static final double MIN_SHARE = 0.7;
    private static final int MIN_PAIRS = 2;
    private static final int MIN_RUN = 2;

    private MojibakeRepair() {
    }

    /**
     * Whether UTF-8 bytes can decode to text that {@link #repairDocument} would change: its
     * sequences start with a character from U+00C2 to U+00DF or U+00E2, which UTF-8 writes as
     * {@code C3 82} to {@code C3 A2}. A byte loop over the page is far cheaper than the character
     * scan, and most pages have no such pair at all.
     */
    static boolean possibleInUtf8(byte[] bytes) {
        for (int i = 0; i < bytes.length - 1; i++) {
            if (bytes[i] == (byte) 0xC3) {
                int next = bytes[i + 1] & 0xFF;
                if (next >= 0x82 && next <= 0xA2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The repaired document, or the same instance when it does not look double-encoded as a whole.
     *
     * @param text decoded text of a whole document
     */
    public static String repairDocument(String text) {
        int latin1Letters = 0;
        int pairs = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xC0 && c <= 0xFF) {
                latin1Letters++;
            }
            int length = sequenceAt(text, i);
            if (length > 0) {
                pairs++;
                i += length - 1;
            }
        }
        if (pairs < MIN_PAIRS || pairs < MIN_SHARE * latin1Letters) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int length = sequenceAt(text, i);
            if (length == 0) {
                out.append(text.charAt(i));
                continue;
            }
            int lead = byteOf(text.charAt(i));
            int b1 = byteOf(text.charAt(i + 1)) & 0x3F;
            if (length == 2) {
                out.append((char) (((lead & 0x1F) << 6) | b1));
            } else {
                int b2 = byteOf(text.charAt(i + 2)) & 0x3F;
                out.append((char) (((lead & 0x0F) << 12) | (b1 << 6) | b2));
            }
            i += length - 1;
        }
        return out.toString();
    }

    /**
     * The text with every double-decoded run repaired, or the same instance when none is; null
     * stays null.
     *
     * @param text a short text such as a title
     */
    public static String repairRuns(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (byteOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && byteOf(text.charAt(i)) >= 0) {
                i++;
            }
            String repaired = i - start >= MIN_RUN ? repairedRun(text, start, i) : null;
            if (repaired != null) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, start).append(repaired);
                copied = i;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The run's bytes decoded as UTF-8 when they are valid UTF-8, else null. */
    private static String repairedRun(String text, int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int i = from; i < to; i++) {
            bytes[i - from] = (byte) byteOf(text.charAt(i));
        }
        return Utf8Scan.of(bytes, 0, bytes.length).valid() ? new String(bytes, StandardCharsets.UTF_8) : null;
    }

    /** Length (2 or 3) of a mis-decoded UTF-8 sequence starting at {@code i}, or 0. */
    private static int sequenceAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 0xC2 || c > 0xE2 || (c > 0xDF && c != 0xE2)) {
            return 0;
        }
        int length = c == 0xE2 ? 3 : 2;
        if (i + length > text.length()) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            if (!isContinuation(text.charAt(i + k))) {
                return 0;
            }
        }
        return length;
    }

    private static boolean isContinuation(char c) {
        int b = byteOf(c);
        return b >= 0x80 && b <= 0xBF;
    }

    /** The byte {@code c} was read from when UTF-8 went through windows-1252 or ISO-8859-1, or -1. */
    private static int byteOf(char c) {
        return c < BYTE_OF.length ? BYTE_OF[c] : -1;
    }
}
