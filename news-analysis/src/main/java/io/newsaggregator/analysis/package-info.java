/**
 * The analysis adapters behind the domain's analysis ports. {@link io.newsaggregator.analysis.AnalysisAdapters}
 * is the one public entry; everything else is package-private:
 * <ul>
 *   <li>language: {@code LanguageDetectors} (OpenNLP), {@code DetectedLanguage}, {@code IsoLanguageCodes};</li>
 *   <li>text: {@code ArticleTextAnalyzer} (tokens per language profile, sizes, proper nouns), {@code TextTokenizer},
 *       {@code LanguageProfiles};</li>
 *   <li>key phrases: {@code KeyphraseExtractor}, {@code CandidateCollector};</li>
 *   <li>stories: {@code IncrementalStoryClusterer}, on the domain's story types, and its state
 *       ({@code StoryClustererState}, {@code StoryStateCodec});</li>
 *   <li>trends: {@code TrendScorer};</li>
 *   <li>the port adapters: {@code LuceneArticleAnalyzer}, {@code IncrementalStoryClusterer}.</li>
 * </ul>
 */
package io.newsaggregator.analysis;
