/**
 * Term trends: {@link io.newsaggregator.analysis.trend.TrendScorer} ranks terms rising on a day
 * against their own recent baseline, per portal and across portals, and builds daily series.
 */
package io.newsaggregator.analysis.trend;
