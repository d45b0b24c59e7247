package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.AnalysisOutcome;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.model.Languages;
import io.newsaggregator.domain.analysis.CorpusContribution;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import io.newsaggregator.domain.analysis.PreparedText;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.analysis.WrittenForm;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ArticleRevision;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.port.out.ArticleAnalyzer;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.StoryClusterer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * <p>An article the analyser throws on is stored as analysed with nothing counted (see
 * {@link #failed}); whatever its revision had taken back is put back, and the batch goes on.
 *
 * <p>The store is asked a constant number of times per batch: the previous analyses come in one
 * call; the articles are prepared in chunks of {@value #PREPARED_AT_ONCE} (in parallel), so that
 * the document frequencies of a chunk's phrases are read in one call too; the corpus counts are
 * kept in memory between articles and written once ({@link BatchCorpusCounts}), memberships in one
 * call.
 */
final class AnalysisBatch {
    private static final Logger log = LoggerFactory.getLogger(AnalysisBatch.class);
    /**
     * How many articles are prepared at once, in parallel, and held until they are finished. A whole
     * batch prepared at once lived long enough to be promoted to the old generation and filled it
     * with garbage (peak heap 3.7 GiB where the database-free path peaks at 1 GiB); a chunk this size
     * keeps both cores busy and costs one more document-frequency read per chunk.
     */
    static final int PREPARED_AT_ONCE = 50;

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
        List<Preparation> prepared = List.of();
        for (int i = 0; i < pending.size(); i++) {
            if (i % PREPARED_AT_ONCE == 0) {
                prepared = prepare(pending.subList(i, Math.min(i + PREPARED_AT_ONCE, pending.size())));
                corpus.prefetch(prepared.stream().filter(p -> p.failure() == null)
                        .flatMap(p -> p.text().corpusKeys().stream()).collect(Collectors.toSet()));
            }
            AnalysisInput input = pending.get(i);
            Optional<ArticleAnalysis> previous = Optional.ofNullable(previousAnalyses.get(input.articleId()));
            Optional<CorpusContribution> takenBack = Optional.empty();
            AnalysedText text;
            try {
                takenBack = previous.flatMap(old -> takeBack(repos, input, old, corpus, termCounts));
                // released as soon as it is finished: a prepared article is most of what the chunk holds
                text = analyse(prepared.set(i % PREPARED_AT_ONCE, null), corpus);
            } catch (AnalyserFailure failure) {
                takenBack.ifPresent(counts -> count(input, counts, corpus, termCounts, +1));
                analyses.add(failed(input, previous, failure));
                continue;
            }
            takenBack.ifPresent(counts -> tally.takenBack());
            corpus.addDocument(text.phraseKeys(), +1);
            termCounts.add(input, text.termCounts(), text.writtenForms(), +1);

            String storyKey = previous.map(ArticleAnalysis::storyKey).orElse(null);
            if (storyKey == null) {
                storyKey = place(input, text, stories);
            }
            analyses.add(analysis(input, text, storyKey));
        }
        corpus.flush();
        for (TimeBasis basis : TimeBasis.values()) {
            repos.termCounts().add(basis, termCounts.toList(basis));
        }
        List<WrittenForm> forms = termCounts.writtenForms();
        if (!forms.isEmpty()) {
            repos.termCounts().addWrittenForms(forms);
        }
        long start = System.nanoTime();
        stories.applyTo(repos.stories());
        repos.analyses().saveAll(analyses.stream()
                .map(a -> a.storyKey() == null ? a : withStory(a, stories.resolve(a.storyKey())))
                .toList());
        long version = repos.stories().saveClustererState(clusterer.exportState());
        tally.clustering(System.nanoTime() - start);
        tally.stories(stories.opened(), stories.merged());
        return version;
    }

    /** @return what was taken back, if anything */
    private Optional<CorpusContribution> takeBack(Repositories repos, AnalysisInput input, ArticleAnalysis old,
                                                  BatchCorpusCounts corpus, TermCountDelta termCounts) {
        tally.revised();
        if (old.failed()) {
            return Optional.empty(); // the failed analysis counted nothing
        }
        if (!analyzer.version().equals(old.analyserVersion())) {
            log.warn("Article {} was analysed by analyser version {}, not {}: what it counted cannot be recomputed,"
                    + " so its old corpus counts stay", input.articleId(), old.analyserVersion(), analyzer.version());
            tally.oldCountsKept();
            return Optional.empty();
        }
        Optional<AnalysisInput> oldInput = oldText(repos, input, old.revision());
        if (oldInput.isEmpty()) {
            log.warn("Article {} was analysed at revision {}, which is no longer stored; its old corpus counts stay",
                    input.articleId(), old.revision());
            tally.oldCountsKept();
            return Optional.empty();
        }
        long start = System.nanoTime();
        CorpusContribution oldCounts;
        try {
            oldCounts = analyzer.contribution(oldInput.get(), old);
        } catch (RuntimeException e) {
            throw new AnalyserFailure(e);
        } finally {
            tally.analysing(System.nanoTime() - start);
        }
        count(input, oldCounts, corpus, termCounts, -1);
        return Optional.of(oldCounts);
    }

    /** Adds or takes back one text's counts, on the article's current day: revisions keep no date of their own. */
    private static void count(AnalysisInput input, CorpusContribution counts, BatchCorpusCounts corpus,
                              TermCountDelta termCounts, int delta) {
        corpus.addDocument(counts.phraseKeys(), delta);
        termCounts.add(input, counts.termCounts(), counts.writtenForms(), delta);
    }

    /**
     * An article the analyser failed on is stored as analysed, with nothing found and no counts, so it
     * is not offered again until it changes; its version marks it, so no later revision takes back
     * counts it never added. An earlier analysis's counts and story stay.
     */
    private ArticleAnalysis failed(AnalysisInput input, Optional<ArticleAnalysis> previous, AnalyserFailure failure) {
        log.warn("Analysing article {} revision {} failed, it is skipped until it changes: {}", input.articleId(),
                input.revision(), failure.getCause().toString());
        tally.failed();
        return new ArticleAnalysis(input.articleId(), input.revision(), Languages.UNDETERMINED, 0, 0, 0, 0, List.of(),
                List.of(), previous.map(ArticleAnalysis::storyKey).orElse(null), clock.instant(), analyzer.version(),
                AnalysisOutcome.FAILED);
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
                        r.title(), r.lead(), r.bodyText(), input.languageHint(), input.seenAt(), input.firstSeenAt()));
    }

    /**
     * Prepares the given articles at once, on the cores there are: that part of the analysis is most
     * of its time and needs nothing the batch changes. In input order.
     */
    private List<Preparation> prepare(List<AnalysisInput> pending) {
        long start = System.nanoTime();
        try {
            return new ArrayList<>(pending.parallelStream().map(this::prepare).toList());
        } finally {
            tally.analysing(System.nanoTime() - start);
        }
    }

    private Preparation prepare(AnalysisInput input) {
        try {
            return new Preparation(analyzer.prepareText(input), null);
        } catch (RuntimeException e) {
            return new Preparation(null, e);
        }
    }

    /** One article as the analyser prepared it, or what it failed with. */
    private record Preparation(PreparedText text, RuntimeException failure) {
    }

    /** Finishes one prepared article against the corpus as the batch has moved it so far. */
    private AnalysedText analyse(Preparation prepared, DocumentFrequencies corpus) {
        if (prepared.failure() != null) {
            throw new AnalyserFailure(prepared.failure());
        }
        long start = System.nanoTime();
        try {
            return analyzer.analyse(prepared.text(), corpus);
        } catch (RuntimeException e) {
            throw new AnalyserFailure(e);
        } finally {
            tally.analysing(System.nanoTime() - start);
        }
    }

    /** The analyser, not the store, failed on one article: that article is skipped, the batch goes on. */
    private static final class AnalyserFailure extends RuntimeException {
        AnalyserFailure(RuntimeException cause) {
            super(cause);
        }
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
                a.properNounCandidates(), storyKey, a.analysedAt(), a.analyserVersion(), a.outcome());
    }
}
