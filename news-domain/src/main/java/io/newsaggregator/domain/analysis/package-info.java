/**
 * The analysis part of the model: per-article results (language, size, key phrases), corpus
 * statistics (document frequencies, daily term counts), stories and search hits.
 */
package io.newsaggregator.domain.analysis;
