package io.newsaggregator.ingest;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes, with the charset used and how it was chosen.
 *
 * @param text    the decoded text, without a byte order mark
 * @param charset the charset the bytes were decoded with
 * @param how     a short note for logs, such as {@code "header"}, {@code "meta"},
 *                {@code "bom"} or {@code "UTF-8 detected; header said windows-1252"}
 */
record DecodedText(String text, Charset charset, String how) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(how, "how");
    }
}
