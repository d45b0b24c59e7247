/**
 * Language detection: {@link io.newsaggregator.analysis.language.LanguageDetectors#standard()}
 * gives the shared, thread-safe detector (Apache OpenNLP with its langdetect-183 model).
 */
package io.newsaggregator.analysis.language;
