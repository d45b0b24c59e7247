package io.newsaggregator.analysis.pipeline;

import io.newsaggregator.analysis.story.StoryClustererSettings;
import io.newsaggregator.analysis.text.PreparedArticle;
import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Analyses documents without a database, with the analyser and story clusterer of the stored
 * pipeline: key phrases are ranked against document frequencies counted over the batch itself,
 * and stories are formed within the batch (in order of publication). Deterministic for a given
 * input. Thread-safe: every call works on its own state.
 */
public final class TextBatch {

    private final LuceneArticleAnalyzer analyzer;
    private final StoryClustererSettings storySettings;

    TextBatch(LuceneArticleAnalyzer analyzer, StoryClustererSettings storySettings) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.storySettings = Objects.requireNonNull(storySettings, "storySettings");
    }

    /** Results in input order. Document ids should be unique; duplicates are analysed separately. */
    public List<TextResult> analyse(List<TextDocument> documents) {
        Objects.requireNonNull(documents, "documents");
        List<AnalysisInput> inputs = inputs(documents);
        List<PreparedArticle> prepared = new ArrayList<>(inputs.size());
        BatchCorpus corpus = new BatchCorpus();
        for (AnalysisInput input : inputs) {
            PreparedArticle article = analyzer.prepare(input);
            corpus.addDocument(article.phraseKeys());
            prepared.add(article);
        }
        List<AnalysedText> texts = new ArrayList<>(inputs.size());
        for (PreparedArticle article : prepared) {
            texts.add(analyzer.complete(article, corpus));
        }
        String[] storyIds = cluster(inputs, texts);
        List<TextResult> results = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            AnalysedText text = texts.get(i);
            results.add(new TextResult(documents.get(i).id(), text.language(), text.languageConfidence(),
                    text.wordCount(), text.keyphrases(), storyIds[i]));
        }
        return results;
    }

    private static List<AnalysisInput> inputs(List<TextDocument> documents) {
        Instant undated = documents.stream().map(TextDocument::publishedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Map<String, PortalId> portals = new HashMap<>();
        List<AnalysisInput> inputs = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            TextDocument document = Objects.requireNonNull(documents.get(i), "documents[" + i + "]");
            String portal = document.portal() == null ? "" : document.portal();
            PortalId portalId = portals.computeIfAbsent(portal, p -> PortalId.of(portals.size() + 1L));
            Instant seenAt = document.publishedAt() == null ? undated : document.publishedAt();
            inputs.add(new AnalysisInput(ArticleId.of(i + 1L), portalId, 1, document.title(), null, document.text(),
                    null, seenAt));
        }
        return inputs;
    }

    /** Story per document, after all merges of the batch. */
    private String[] cluster(List<AnalysisInput> inputs, List<AnalysedText> texts) {
        IncrementalStoryClustererAdapter clusterer = IncrementalStoryClustererAdapter.fresh(storySettings);
        String[] storyIds = new String[inputs.size()];
        Map<String, String> absorbedInto = new HashMap<>();
        List<Integer> order = IntStream.range(0, inputs.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> inputs.get(i).seenAt()).thenComparing(i -> i))
                .toList();
        for (int i : order) {
            AnalysisInput input = inputs.get(i);
            AnalysedText text = texts.get(i);
            StoryAssignment assignment = clusterer.add(new StoryInput(input.articleId(), input.portalId(),
                    input.seenAt(), input.title(), text.titleTerms(), text.bodyTerms(), text.salientTerms()));
            storyIds[i] = assignment.story().storyKey();
            for (String absorbed : assignment.absorbedStoryKeys()) {
                absorbedInto.put(absorbed, assignment.story().storyKey());
            }
        }
        for (int i = 0; i < storyIds.length; i++) {
            storyIds[i] = survivor(storyIds[i], absorbedInto);
        }
        return storyIds;
    }

    private static String survivor(String storyId, Map<String, String> absorbedInto) {
        String current = storyId;
        while (absorbedInto.containsKey(current)) {
            current = absorbedInto.get(current);
        }
        return current;
    }
}
