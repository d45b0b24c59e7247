package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.model.ArticleId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Per-article analysis results, one per article (the latest revision analysed). */
public interface ArticleAnalysisRepository {
    /** Inserts or replaces the analyses of these articles, with their key phrases. */
    void saveAll(List<ArticleAnalysis> analyses);

    Optional<ArticleAnalysis> findByArticle(ArticleId articleId);

    /**
     * Articles never analysed, or analysed at an older revision than they now have, oldest first
     * (by publication, else first-seen time), at most {@code limit}.
     */
    List<AnalysisInput> pending(int limit);

    /** How many articles wait for analysis. */
    long countPending();

    /**
     * Makes the calling unit of work the only one analysing this store until it ends; another unit
     * that asks waits here. Call it before {@link #pending(int)} in every unit that analyses, so two
     * analyse runs at the same time never take the same articles or count them twice.
     */
    void lockAnalysis();

    /**
     * The analyses of these articles with their key phrases, read in a constant number of statements
     * whatever the number of ids. Articles without an analysis (or not stored) are absent from the
     * map; duplicate ids count once. Callers bound memory by passing ids in chunks.
     */
    Map<ArticleId, ArticleAnalysis> findByArticles(Collection<ArticleId> articleIds);
}
