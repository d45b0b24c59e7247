package io.newsaggregator.domain.port.in;

/**
 * Analyses the articles that are new or changed since the last run: language, size, key phrases
 * against the stored corpus, daily term counts and stories. Running it again with nothing new
 * changes nothing.
 */
public interface AnalyseArticles {
    AnalyseReport analyse();
}
