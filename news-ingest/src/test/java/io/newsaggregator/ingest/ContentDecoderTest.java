package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentDecoderTest {

    private static final byte[] TEXT = "<html><body>Hallo Welt, grüß dich</body></html>".repeat(20)
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void passesIdentityThrough() throws IOException {
        assertThat(ContentDecoder.decode(TEXT, null, 1 << 20)).isSameAs(TEXT);
        assertThat(ContentDecoder.decode(TEXT, "identity", 1 << 20)).isEqualTo(TEXT);
    }

    @Test
    void decodesGzip() throws IOException {
        assertThat(ContentDecoder.decode(gzip(TEXT), "gzip", 1 << 20)).isEqualTo(TEXT);
    }

    @Test
    void decodesZlibWrappedAndRawDeflate() throws IOException {
        assertThat(ContentDecoder.decode(deflate(TEXT, false), "deflate", 1 << 20)).isEqualTo(TEXT);
        assertThat(ContentDecoder.decode(deflate(TEXT, true), "Deflate", 1 << 20)).isEqualTo(TEXT);
    }

    @Test
    void undoesStackedEncodingsInReverseOrder() throws IOException {
        byte[] twice = gzip(deflate(TEXT, false));
        assertThat(ContentDecoder.decode(twice, "deflate, gzip", 1 << 20)).isEqualTo(TEXT);
    }

    @Test
    void acceptsBodyExactlyAtTheDecodedLimit() throws IOException {
        assertThat(ContentDecoder.decode(gzip(TEXT), "gzip", TEXT.length)).isEqualTo(TEXT);
    }

    @Test
    void stopsAtTheDecodedLimit() throws IOException {
        byte[] zeros = gzip(new byte[5 * 1024 * 1024]);
        assertThatThrownBy(() -> ContentDecoder.decode(zeros, "gzip", 1024 * 1024))
                .isInstanceOf(BodyTooLargeException.class)
                .hasMessage("decoded body larger than 1 MiB limit");
    }

    @Test
    void refusesEncodingsItCannotUndo() {
        assertThatThrownBy(() -> ContentDecoder.decode(TEXT, "br", 1 << 20))
                .isInstanceOf(ContentDecoder.UnsupportedEncodingException.class)
                .hasMessageContaining("'br'");
    }

    @Test
    void corruptGzipIsAnIoError() {
        assertThatThrownBy(() -> ContentDecoder.decode(TEXT, "gzip", 1 << 20)).isInstanceOf(IOException.class);
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        try (DeflaterOutputStream def = new DeflaterOutputStream(out, deflater)) {
            def.write(data);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }
}
