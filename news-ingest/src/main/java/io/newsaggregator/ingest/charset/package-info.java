/**
 * Decoding fetched bytes to text: {@link io.newsaggregator.ingest.charset.TextDecoder} picks the
 * charset from BOM, header and document declaration and corrects common mis-declarations.
 */
package io.newsaggregator.ingest.charset;
