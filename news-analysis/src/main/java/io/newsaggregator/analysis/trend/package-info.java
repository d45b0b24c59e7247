/**
 * Term trends: {@link io.newsaggregator.analysis.trend.TrendScorer} ranks terms rising on a day
 * against their own recent baseline, on the domain's daily term counts.
 */
package io.newsaggregator.analysis.trend;
