package io.newsaggregator.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes {@code Content-Encoding} gzip/deflate while counting decoded bytes, so a small
 * compressed body that expands to gigabytes stops at the limit instead of filling the heap.
 */
final class ContentDecoder {

    /** An encoding we did not ask for and cannot undo. */
    static final class UnsupportedEncodingException extends IOException {
        UnsupportedEncodingException(String encoding) {
            super("unsupported Content-Encoding '" + encoding + "'");
        }
    }

    private static final int CHUNK = 64 * 1024;

    private ContentDecoder() {
    }

    /**
     * @param contentEncoding header value, possibly a list ("gzip, deflate") applied in order; null
     *                        or "identity" for none
     */
    static byte[] decode(byte[] body, String contentEncoding, int maxDecodedBytes) throws IOException {
        if (contentEncoding == null || contentEncoding.isBlank()) {
            return body;
        }
        String[] codings = contentEncoding.toLowerCase(Locale.ROOT).split(",");
        byte[] current = body;
        for (int i = codings.length - 1; i >= 0; i--) {
            current = decodeOne(current, codings[i].strip(), maxDecodedBytes);
        }
        return current;
    }

    private static byte[] decodeOne(byte[] body, String coding, int maxDecodedBytes) throws IOException {
        switch (coding) {
            case "", "identity":
                return body;
            case "gzip", "x-gzip":
                if (body.length == 0) {
                    return body;
                }
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), CHUNK)) {
                    return readBounded(in, maxDecodedBytes, body.length);
                }
            case "deflate":
                if (body.length == 0) {
                    return body;
                }
                // "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw deflate.
                Inflater inflater = new Inflater(!hasZlibHeader(body));
                try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(body), inflater, CHUNK)) {
                    return readBounded(in, maxDecodedBytes, body.length);
                } finally {
                    inflater.end();
                }
            default:
                throw new UnsupportedEncodingException(coding);
        }
    }

    private static boolean hasZlibHeader(byte[] body) {
        if (body.length < 2) {
            return false;
        }
        int cmf = body[0] & 0xFF;
        int flg = body[1] & 0xFF;
        return (cmf & 0x0F) == 8 && ((cmf << 8) | flg) % 31 == 0;
    }

    private static byte[] readBounded(InputStream in, int max, int compressedLength) throws IOException {
        long guess = Math.min((long) compressedLength * 4L, max);
        byte[] buffer = new byte[(int) Math.max(guess, Math.min(1024, max))];
        int size = 0;
        while (true) {
            if (size == buffer.length) {
                if (size >= max) {
                    // full at the limit: one more byte means too large
                    if (in.read() < 0) {
                        return buffer;
                    }
                    throw new BodyTooLargeException(
                            "decoded body larger than " + ByteSize.format(max) + " limit", max, true);
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(max, Math.max((long) size * 2, 1024)));
            }
            int n = in.read(buffer, size, buffer.length - size);
            if (n < 0) {
                return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
            }
            size += n;
        }
    }
}
