package io.newsaggregator.ingest;

/**
 * Counts well-formed multi-byte UTF-8 sequences and invalid bytes (RFC 3629: no overlongs, no
 * surrogates, nothing above U+10FFFF). ASCII is neither.
 */
record Utf8Scan(int multibyte, int invalid) {

    boolean valid() {
        return invalid == 0;
    }

    /** Valid UTF-8 that is not plain ASCII: strong evidence, since legacy 8-bit text rarely is. */
    boolean provesUtf8() {
        return invalid == 0 && multibyte > 0;
    }

    static Utf8Scan of(byte[] bytes, int from, int to) {
        int multibyte = 0;
        int invalid = 0;
        int i = from;
        while (i < to) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i, to, lead);
            if (length > 0) {
                multibyte++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Scan(multibyte, invalid);
    }

    /** Length of the well-formed sequence starting at {@code i}, or 0 when it is not one. */
    private static int sequenceLength(byte[] bytes, int i, int to, int lead) {
        int length;
        int secondMin = 0x80;
        int secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) {
                secondMin = 0xA0;
            } else if (lead == 0xED) {
                secondMax = 0x9F;
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) {
                secondMin = 0x90;
            } else if (lead == 0xF4) {
                secondMax = 0x8F;
            }
        } else {
            return 0;
        }
        if (i + length > to) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < secondMin || second > secondMax) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int b = bytes[i + k] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return length;
    }
}
