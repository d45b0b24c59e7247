/**
 * The data a report shows, as immutable values: filled by whoever reads the database, rendered by
 * whoever draws it. Collections are never null; the one nullable field says so.
 */
package io.newsaggregator.domain.report;
