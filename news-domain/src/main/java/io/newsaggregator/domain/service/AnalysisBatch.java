package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.CorpusContribution;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ArticleRevision;
import io.newsaggregator.domain.port.out.ArticleAnalyzer;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.StoryClusterer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses the given pending articles inside one unit of work: takes back the corpus counts of a
 * revised article's old text, adds the new ones, places new articles in stories, and stores the
 * analyses, the stories and the clusterer's state.
 *
 * <p>A revised article keeps the story it was placed in: the clusterer counts each article once,
 * and a correction rarely moves an article to another event.
 *
 * <p>The store is asked a constant number of times per batch, except for one read of document
 * frequencies per article: the previous analyses come in one call, the corpus counts are kept in
 * memory between articles and written once ({@link BatchCorpusCounts}), memberships in one call.
 */
final class AnalysisBatch {
    private static final Logger log = LoggerFactory.getLogger(AnalysisBatch.class);

    private final ArticleAnalyzer analyzer;
    private final StoryClusterer clusterer;
    private final Clock clock;
    private final AnalyseTally tally;

    AnalysisBatch(ArticleAnalyzer analyzer, StoryClusterer clusterer, Clock clock, AnalyseTally tally) {
        this.analyzer = analyzer;
        this.clusterer = clusterer;
        this.clock = clock;
        this.tally = tally;
    }

    /** @return the version the clusterer's state was saved as */
    long run(Repositories repos, List<AnalysisInput> pending) {
        BatchCorpusCounts corpus = new BatchCorpusCounts(repos.documentFrequencies());
        TermCountDelta termCounts = new TermCountDelta();
        StoryChanges stories = new StoryChanges();
        List<ArticleAnalysis> analyses = new ArrayList<>(pending.size());
        // nothing of this batch is saved before its end, so the analyses stored before it are the previous ones
        Map<ArticleId, ArticleAnalysis> previousAnalyses = repos.analyses().findByArticles(
                pending.stream().map(AnalysisInput::articleId).toList());
        for (AnalysisInput input : pending) {
            Optional<ArticleAnalysis> previous = Optional.ofNullable(previousAnalyses.get(input.articleId()));
            previous.ifPresent(old -> takeBack(repos, input, old, corpus, termCounts));

            AnalysedText text = analyse(input, corpus);
            corpus.addDocument(text.phraseKeys(), +1);
            termCounts.add(input.portalId(), input.seenAt(), text.termCounts(), +1);

            String storyKey = previous.map(ArticleAnalysis::storyKey).orElse(null);
            if (storyKey == null) {
                storyKey = place(input, text, stories);
            }
            analyses.add(analysis(input, text, storyKey));
        }
        corpus.flush();
        repos.termCounts().add(termCounts.toList());
        long start = System.nanoTime();
        stories.applyTo(repos.stories());
        repos.analyses().saveAll(analyses.stream().map(a -> withStory(a, stories.resolve(a.storyKey()))).toList());
        long version = repos.stories().saveClustererState(clusterer.exportState());
        tally.clustering(System.nanoTime() - start);
        tally.stories(stories.opened(), stories.merged());
        return version;
    }

    private void takeBack(Repositories repos, AnalysisInput input, ArticleAnalysis old, BatchCorpusCounts corpus,
                          TermCountDelta termCounts) {
        tally.revised();
        if (!analyzer.version().equals(old.analyserVersion())) {
            log.warn("Article {} was analysed by analyser version {}, not {}: what it counted cannot be recomputed,"
                    + " so its old corpus counts stay", input.articleId(), old.analyserVersion(), analyzer.version());
            tally.oldCountsKept();
            return;
        }
        Optional<AnalysisInput> oldInput = oldText(repos, input, old.revision());
        if (oldInput.isEmpty()) {
            log.warn("Article {} was analysed at revision {}, which is no longer stored; its old corpus counts stay",
                    input.articleId(), old.revision());
            tally.oldCountsKept();
            return;
        }
        // Taken back from the article's current day: revisions keep no date of their own.
        long start = System.nanoTime();
        CorpusContribution oldCounts = analyzer.contribution(oldInput.get(), old);
        tally.analysing(System.nanoTime() - start);
        corpus.addDocument(oldCounts.phraseKeys(), -1);
        termCounts.add(input.portalId(), input.seenAt(), oldCounts.termCounts(), -1);
        tally.takenBack();
    }

    /** The text analysed last time: a stored earlier revision, or the current text if it is the same revision. */
    private static Optional<AnalysisInput> oldText(Repositories repos, AnalysisInput input, int oldRevision) {
        if (oldRevision == input.revision()) {
            return Optional.of(input);
        }
        return repos.revisions().findByArticle(input.articleId()).stream()
                .filter(r -> r.revision() == oldRevision)
                .findFirst()
                .map((ArticleRevision r) -> new AnalysisInput(input.articleId(), input.portalId(), r.revision(),
                        r.title(), r.lead(), r.bodyText(), input.languageHint(), input.seenAt()));
    }

    private AnalysedText analyse(AnalysisInput input, DocumentFrequencies corpus) {
        long start = System.nanoTime();
        AnalysedText text = analyzer.analyse(input, corpus);
        tally.analysing(System.nanoTime() - start);
        return text;
    }

    private String place(AnalysisInput input, AnalysedText text, StoryChanges stories) {
        long start = System.nanoTime();
        StoryAssignment assignment = clusterer.add(new StoryInput(input.articleId(), input.portalId(), input.seenAt(),
                input.title(), text.titleTerms(), text.bodyTerms(), text.salientTerms()));
        stories.record(input.articleId(), assignment);
        tally.clustering(System.nanoTime() - start);
        return assignment.story().storyKey();
    }

    private ArticleAnalysis analysis(AnalysisInput input, AnalysedText text, String storyKey) {
        Instant now = clock.instant();
        return new ArticleAnalysis(input.articleId(), input.revision(), text.language(), text.languageConfidence(),
                text.wordCount(), text.sentenceCount(), text.readingTimeMinutes(), text.keyphrases(),
                text.properNounCandidates(), storyKey, now, analyzer.version());
    }

    private static ArticleAnalysis withStory(ArticleAnalysis a, String storyKey) {
        return storyKey.equals(a.storyKey()) ? a : new ArticleAnalysis(a.articleId(), a.revision(), a.language(),
                a.languageConfidence(), a.wordCount(), a.sentenceCount(), a.readingTimeMinutes(), a.keyphrases(),
                a.properNounCandidates(), storyKey, a.analysedAt(), a.analyserVersion());
    }
}
