package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.port.in.AnalyseArticles;
import io.newsaggregator.domain.port.in.AnalyseReport;
import io.newsaggregator.domain.port.out.ArticleAnalyzer;
import io.newsaggregator.domain.port.out.StoryClusterer;
import io.newsaggregator.domain.port.out.StoryClusterers;
import io.newsaggregator.domain.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyse use case: takes the pending (new or revised) articles in batches, one unit of work
 * per batch, oldest first. The story clusterer is restored from its saved state when the first
 * batch starts and its state is saved with every batch, so a run that fails keeps what it
 * committed and the next run continues from there.
 *
 * <p>Runs may overlap (two scheduled jobs, two hosts): each batch first takes the store's analysis
 * lock, so batches of different runs take turns and never share an article, and a run whose
 * clusterer fell behind the saved state restores it before placing articles.
 */
public final class AnalyseService implements AnalyseArticles {
    private static final Logger log = LoggerFactory.getLogger(AnalyseService.class);

    private final UnitOfWork unitOfWork;
    private final ArticleAnalyzer analyzer;
    private final StoryClusterers clusterers;
    private final Clock clock;
    private final int batchSize;

    /** @param batchSize articles per unit of work */
    public AnalyseService(UnitOfWork unitOfWork, ArticleAnalyzer analyzer, StoryClusterers clusterers, Clock clock,
                          int batchSize) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.clusterers = Objects.requireNonNull(clusterers, "clusterers");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, was " + batchSize);
        }
        this.batchSize = batchSize;
    }

    @Override
    public AnalyseReport analyse() {
        long start = System.nanoTime();
        AnalyseTally tally = new AnalyseTally();
        Set<String> done = new HashSet<>();
        CurrentClusterer stories = new CurrentClusterer(clusterers);
        boolean more = true;
        while (more) {
            more = unitOfWork.execute(repos -> {
                repos.analyses().lockAnalysis();
                List<AnalysisInput> pending = repos.analyses().pending(batchSize);
                if (pending.isEmpty()) {
                    return false;
                }
                requireProgress(pending, done);
                StoryClusterer clusterer = stories.upToDate(repos.stories());
                stories.saved(new AnalysisBatch(analyzer, clusterer, clock, tally).run(repos, pending));
                tally.batch(pending.size());
                return pending.size() == batchSize;
            });
        }
        AnalyseReport report = tally.report(Duration.ofNanos(System.nanoTime() - start));
        log.info("Analysed {} articles ({} revised) in {} batches, {} ms", report.articles(), report.revised(),
                report.batches(), report.elapsed().toMillis());
        return report;
    }

    /** A store that keeps offering an article this run has analysed would make the run loop forever. */
    private static void requireProgress(List<AnalysisInput> pending, Set<String> done) {
        for (AnalysisInput input : pending) {
            if (!done.add(input.articleId() + "@" + input.revision())) {
                throw new IllegalStateException("article " + input.articleId() + " revision " + input.revision()
                        + " is still pending after it was analysed in this run");
            }
        }
    }
}
