package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.InMemoryDocumentFrequencies;
import io.newsaggregator.domain.analysis.PreparedText;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.Languages;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.AnalyseTexts;
import io.newsaggregator.domain.port.out.ArticleAnalyzer;
import io.newsaggregator.domain.port.out.StoryClusterer;
import io.newsaggregator.domain.port.out.StoryClusterers;
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
 * The store-free analysis: the batch's documents are the whole corpus, counted in memory before any
 * is ranked, and its stories are resolved through merges the way a stored batch resolves them
 * ({@link StoryChanges}). Thread-safe: every call works on its
 * own state.
 */
public final class TextAnalysisService implements AnalyseTexts {

    /** Detection at least this sure needs no help from the rest of the batch. */
    private static final double CONFIDENT = 0.5;

    private final ArticleAnalyzer analyzer;
    private final StoryClusterers clusterers;

    public TextAnalysisService(ArticleAnalyzer analyzer, StoryClusterers clusterers) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.clusterers = Objects.requireNonNull(clusterers, "clusterers");
    }

    @Override
    public List<TextResult> analyse(List<TextDocument> documents) {
        Objects.requireNonNull(documents, "documents");
        List<AnalysisInput> inputs = inputs(documents);
        List<PreparedText> prepared = new ArrayList<>(inputs.size());
        for (AnalysisInput input : inputs) {
            prepared.add(analyzer.prepareText(input));
        }
        hintUncertainDocuments(inputs, prepared);
        InMemoryDocumentFrequencies corpus = new InMemoryDocumentFrequencies();
        prepared.forEach(text -> corpus.addDocument(text.phraseKeys()));
        List<AnalysedText> texts = new ArrayList<>(inputs.size());
        for (PreparedText text : prepared) {
            texts.add(analyzer.analyse(text, corpus));
        }
        StoryChanges stories = cluster(inputs, texts);
        List<TextResult> results = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            AnalysedText text = texts.get(i);
            results.add(new TextResult(documents.get(i).id(), text.language(), text.languageConfidence(),
                    text.wordCount(), text.keyphrases(), stories.storyOf(inputs.get(i).articleId())));
        }
        return results;
    }

    /**
     * Short texts (headlines) often leave the detector unsure. A batch usually comes from one
     * source in one language, so documents detected with little confidence are prepared again in
     * the language most of the confidently detected documents share, when such a majority exists.
     */
    private void hintUncertainDocuments(List<AnalysisInput> inputs, List<PreparedText> prepared) {
        Map<String, Integer> confident = new HashMap<>();
        int confidentTotal = 0;
        for (PreparedText text : prepared) {
            if (confident(text)) {
                confident.merge(text.language(), 1, Integer::sum);
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
            if (!confident(prepared.get(i))) {
                AnalysisInput in = inputs.get(i);
                prepared.set(i, analyzer.prepareText(new AnalysisInput(in.articleId(), in.portalId(), in.revision(),
                        in.title(), in.lead(), in.body(), majority.get(), in.seenAt(), in.firstSeenAt())));
            }
        }
    }

    private static boolean confident(PreparedText text) {
        return !Languages.UNDETERMINED.equals(text.language()) && text.languageConfidence() >= CONFIDENT;
    }

    /** Article ids count from 1 in input order; each distinct portal name gets an id in order of appearance. */
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

    /** Places the documents in order of publication (input order among equals) in a clusterer of their own. */
    private StoryChanges cluster(List<AnalysisInput> inputs, List<AnalysedText> texts) {
        StoryClusterer clusterer = clusterers.restore(Optional.empty());
        StoryChanges stories = new StoryChanges();
        List<Integer> order = IntStream.range(0, inputs.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> inputs.get(i).seenAt()).thenComparing(i -> i))
                .toList();
        for (int i : order) {
            AnalysisInput input = inputs.get(i);
            AnalysedText text = texts.get(i);
            stories.record(input.articleId(), clusterer.add(new StoryInput(input.articleId(), input.portalId(),
                    input.seenAt(), input.title(), text.titleTerms(), text.bodyTerms(), text.salientTerms())));
        }
        return stories;
    }
}
