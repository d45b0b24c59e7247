package io.newsaggregator.analysis;

import io.newsaggregator.domain.port.out.ArticleAnalyzer;
import io.newsaggregator.domain.port.out.StoryClusterers;
import io.newsaggregator.domain.port.out.TrendScoring;
import java.util.Objects;

/**
 * Entry point to the analysis adapters: the analyser, story clusterer and trend scorer behind the
 * domain's ports.
 * Build once and reuse: the language model and the Lucene analyzers are loaded once.
 */
public final class AnalysisAdapters {

    private final LuceneArticleAnalyzer analyzer;
    private final StoryClustererSettings storySettings;
    private final TrendScorer trendScorer;

    AnalysisAdapters(ArticleTextAnalyzer textAnalyzer, StoryClustererSettings storySettings,
                            TrendScorer trendScorer) {
        this.analyzer = new LuceneArticleAnalyzer(textAnalyzer);
        this.storySettings = Objects.requireNonNull(storySettings, "storySettings");
        this.trendScorer = Objects.requireNonNull(trendScorer, "trendScorer");
    }

    /** Default analyser (10 key phrases per article), story clustering and trend scoring. */
    public static AnalysisAdapters defaults() {
        return new AnalysisAdapters(new ArticleTextAnalyzer(), StoryClustererSettings.defaults(),
                TrendScorer.defaults());
    }

    /** Thread-safe. */
    public ArticleAnalyzer articleAnalyzer() {
        return analyzer;
    }

    /**
     * Makes clusterers with these settings; a saved state must come from the same settings. The
     * state they save holds the open stories only, each with its member count but not its member
     * ids (the store keeps every story and its members in its own tables), so saving and restoring
     * it costs what the stories of one window cost, not the archive nor the length of a story.
     */
    public StoryClusterers storyClusterers() {
        return state -> state.isPresent()
                ? IncrementalStoryClusterer.restore(state.get(), storySettings)
                : new IncrementalStoryClusterer(storySettings);
    }

    public TrendScoring trendScoring() {
        return trendScorer;
    }
}
