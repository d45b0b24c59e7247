/**
 * Link discovery: article links on section and home pages (jsoup), feed autodiscovery, sitemaps,
 * Google News sitemaps and robots.txt sitemap lines (crawler-commons). Entry point:
 * {@link io.newsaggregator.ingest.discovery.Discovery}.
 */
package io.newsaggregator.ingest.discovery;
