/**
 * Canonical article URLs and registrable domains. Entry point:
 * {@link io.newsaggregator.ingest.url.CanonicalUrls}.
 */
package io.newsaggregator.ingest.url;
