/**
 * Key-phrase candidates and ranking against corpus document frequencies. Knows nothing of
 * languages: it works on {@link io.newsaggregator.analysis.keyphrase.PhraseWord}s that the text
 * package produces, so the packages do not depend on each other both ways.
 */
package io.newsaggregator.analysis.keyphrase;
