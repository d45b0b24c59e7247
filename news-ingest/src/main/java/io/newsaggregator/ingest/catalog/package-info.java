/**
 * The YAML portal catalog (format: {@code docs/catalog.md}) and the default catalog of 20 portals.
 * Entry point: {@link io.newsaggregator.ingest.catalog.CatalogLoader}.
 */
package io.newsaggregator.ingest.catalog;
