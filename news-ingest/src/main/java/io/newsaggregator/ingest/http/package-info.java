/**
 * Fetching pages over HTTP for ingest: {@link io.newsaggregator.ingest.http.JdkHttpPageFetcher}
 * (the {@code PageFetcher} port on the JDK client) configured by
 * {@link io.newsaggregator.ingest.http.HttpFetchSettings}. Politeness (robots.txt, per-host limits),
 * retries, size and time limits and the address policy live here as package-private parts.
 */
package io.newsaggregator.ingest.http;
