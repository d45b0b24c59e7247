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
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Analyses documents without a database, with the analyser and story clusterer of the stored
 * pipeline: key phrases are ranked against document frequencies counted over the batch itself,
 * and stories are formed within the batch (in order of publication). Deterministic for a given
 * input. Thread-safe: every call works on its own state.
 */
public final class TextBatch {

    /** Detection at least this sure needs no help from the rest of the batch. */
    private static final double CONFIDENT = 0.5;

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
        List<AnalysedText> texts = texts(inputs);
        String[] storyIds = cluster(storyInputs(inputs, texts));
        List<TextResult> results = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            AnalysedText text = texts.get(i);
            results.add(new TextResult(documents.get(i).id(), text.language(), text.languageConfidence(),
                    text.wordCount(), text.keyphrases(), storyIds[i]));
        }
        return results;
    }

    /**
     * What the story clusterer of {@link #analyse} is given, in input order (article ids count from
     * 1 in input order), for evaluating the clusterer on its own.
     */
    List<StoryInput> storyInputs(List<TextDocument> documents) {
        List<AnalysisInput> inputs = inputs(Objects.requireNonNull(documents, "documents"));
        return storyInputs(inputs, texts(inputs));
    }

    private List<AnalysedText> texts(List<AnalysisInput> inputs) {
        List<PreparedArticle> prepared = new ArrayList<>(inputs.size());
        for (AnalysisInput input : inputs) {
            prepared.add(analyzer.prepare(input));
        }
        hintUncertainDocuments(inputs, prepared);
        BatchCorpus corpus = new BatchCorpus();
        prepared.forEach(article -> corpus.addDocument(article.phraseKeys()));
        List<AnalysedText> texts = new ArrayList<>(inputs.size());
        for (PreparedArticle article : prepared) {
            texts.add(analyzer.complete(article, corpus));
        }
        return texts;
    }

    private static List<StoryInput> storyInputs(List<AnalysisInput> inputs, List<AnalysedText> texts) {
        List<StoryInput> storyInputs = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            AnalysisInput input = inputs.get(i);
            AnalysedText text = texts.get(i);
            storyInputs.add(new StoryInput(input.articleId(), input.portalId(), input.seenAt(), input.title(),
                    text.titleTerms(), text.bodyTerms(), text.salientTerms()));
        }
        return storyInputs;
    }

    /**
     * Short texts (headlines) often leave the detector unsure. A batch usually comes from one
     * source in one language, so documents detected with little confidence are analysed again in
     * the language most of the confidently detected documents share, when such a majority exists.
     */
    private void hintUncertainDocuments(List<AnalysisInput> inputs, List<PreparedArticle> prepared) {
        Map<String, Integer> confident = new HashMap<>();
        int confidentTotal = 0;
        for (PreparedArticle article : prepared) {
            if (article.language().isAtLeast(CONFIDENT) && !article.language().isUndetermined()) {
                confident.merge(article.language().code(), 1, Integer::sum);
                confidentTotal++;
            }
        }
        int total = confidentTotal;
        Optional<String> majority = confident.entrySet().stream()
                .filter(e -> e.getValue() * 2 > total)
                .map(Map.Entry::getKey).findFirst();
        if (majority.isEmpty()) {
            return;
        }
        for (int i = 0; i < prepared.size(); i++) {
            if (!prepared.get(i).language().isAtLeast(CONFIDENT)) {
                AnalysisInput in = inputs.get(i);
                prepared.set(i, analyzer.prepare(new AnalysisInput(in.articleId(), in.portalId(), in.revision(), in.title(),
                        in.lead(), in.body(), majority.get(), in.seenAt(), in.firstSeenAt())));
            }
        }
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
                    null, seenAt, seenAt));
        }
        return inputs;
    }

    /** Story per document, after all merges of the batch. */
    private String[] cluster(List<StoryInput> inputs) {
        IncrementalStoryClustererAdapter clusterer = IncrementalStoryClustererAdapter.fresh(storySettings);
        String[] storyIds = new String[inputs.size()];
        Map<String, String> absorbedInto = new HashMap<>();
        List<Integer> order = IntStream.range(0, inputs.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> inputs.get(i).seenAt()).thenComparing(i -> i))
                .toList();
        for (int i : order) {
            StoryAssignment assignment = clusterer.add(inputs.get(i));
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
