/**
 * The analysis adapters behind the domain's analysis ports, and the database-free batch analysis.
 * Start at {@link io.newsaggregator.analysis.pipeline.AnalysisAdapters}.
 */
package io.newsaggregator.analysis.pipeline;
