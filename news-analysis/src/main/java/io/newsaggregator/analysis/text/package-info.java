/**
 * Per-article text analysis. Entry point:
 * {@link io.newsaggregator.analysis.text.ArticleTextAnalyzer}; per-language Lucene chains in
 * {@link io.newsaggregator.analysis.text.LanguageProfiles}; word and sentence splitting in
 * {@link io.newsaggregator.analysis.text.TextTokenizer}.
 */
package io.newsaggregator.analysis.text;
