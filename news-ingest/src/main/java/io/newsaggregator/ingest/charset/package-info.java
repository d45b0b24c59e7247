/**
 * Decoding fetched bytes to text: {@link io.newsaggregator.ingest.charset.TextDecoder} picks the
 * charset of HTML and XML from BOM, header and document declaration, corrects common
 * mis-declarations and guesses undeclared legacy charsets;
 * {@link io.newsaggregator.ingest.charset.MojibakeRepair} undoes UTF-8 that was decoded twice,
 * in whole documents or in short texts such as titles.
 */
package io.newsaggregator.ingest.charset;
