package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.AnalysedText;
import io.newsaggregator.domain.analysis.AnalysisInput;
import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.CorpusContribution;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import io.newsaggregator.domain.analysis.PreparedText;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.port.out.ArticleAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@link ArticleAnalyzer} over {@link ArticleTextAnalyzer}: language, sizes, key phrases ranked
 * against the given corpus, phrase counts for trends and the per-language stemmed terms for story
 * clustering, all from one tokenizing pass.
 */
final class LuceneArticleAnalyzer implements ArticleAnalyzer {

    private final ArticleTextAnalyzer textAnalyzer;

    LuceneArticleAnalyzer(ArticleTextAnalyzer textAnalyzer) {
        this.textAnalyzer = Objects.requireNonNull(textAnalyzer, "textAnalyzer");
    }

    @Override
    public AnalysedText analyse(AnalysisInput input, DocumentFrequencies corpus) {
        Objects.requireNonNull(corpus, "corpus");
        return complete(prepare(input), corpus);
    }

    @Override
    public PreparedText prepareText(AnalysisInput input) {
        PreparedArticle article = prepare(input);
        return new Prepared(input, article, KeyphraseExtractor.corpusKeys(article.phraseKeys()));
    }

    @Override
    public AnalysedText analyse(PreparedText text, DocumentFrequencies corpus) {
        Objects.requireNonNull(corpus, "corpus");
        if (text instanceof Prepared prepared) {
            return complete(prepared.article(), corpus);
        }
        return analyse(text.input(), corpus);
    }

    /** What {@link #prepareText} read, kept for {@link #complete}. */
    private record Prepared(AnalysisInput input, PreparedArticle article, Set<String> corpusKeys) implements PreparedText {
        @Override
        public Set<String> phraseKeys() {
            return article.phraseKeys();
        }

        @Override
        public String language() {
            return article.language().code();
        }

        @Override
        public double languageConfidence() {
            return article.language().confidence();
        }
    }

    /**
     * The phrase keys and single-word counts come from the text alone; the key phrases, ranked
     * against the corpus of their day, from the stored analysis, exactly as {@link #termCounts} combined them.
     */
    @Override
    public CorpusContribution contribution(AnalysisInput text, ArticleAnalysis stored) {
        Objects.requireNonNull(stored, "stored");
        PreparedArticle prepared = prepare(text);
        return new CorpusContribution(prepared.phraseKeys(), termCounts(prepared, stored.keyphrases()),
                writtenForms(prepared, stored.keyphrases()));
    }

    @Override
    public String version() {
        return textAnalyzer.version();
    }

    /** Language detection and tokenizing: what a batch needs before it can count its own corpus. */
    PreparedArticle prepare(AnalysisInput input) {
        Objects.requireNonNull(input, "input");
        return textAnalyzer.prepare(new ArticleText(input.articleId().toString(), input.title(), input.lead(),
                input.body(), input.languageHint()));
    }

    /** Ranking against the corpus and the terms for trends and stories. */
    AnalysedText complete(PreparedArticle prepared, DocumentFrequencies corpus) {
        TextAnalysis analysis = textAnalyzer.analyse(prepared, corpus);
        StoryTerms terms = StoryTerms.of(prepared);
        List<ScoredPhrase> keyphrases = new ArrayList<>(analysis.keyphrases().size());
        for (Keyphrase phrase : analysis.keyphrases()) {
            keyphrases.add(new ScoredPhrase(phrase.key(), phrase.text(), phrase.score(), phrase.occurrences()));
        }
        List<String> properNouns = analysis.properNounCandidates().stream().map(ProperNounCandidate::text).toList();
        return new AnalysedText(analysis.language(), analysis.languageConfidence(), analysis.wordCount(),
                analysis.sentenceCount(), analysis.readingTimeMinutes(), keyphrases, properNouns,
                prepared.phraseKeys(), termCounts(prepared, keyphrases), writtenForms(prepared, keyphrases),
                terms.titleTerms(), terms.bodyTerms(), terms.salientTerms());
    }

    /**
     * What daily trends count: the article's most frequent content words and its key phrases, with
     * their occurrences. Only these can ever rise in a trend worth showing; counting every word
     * and every candidate phrase stored hundreds of (term, portal, day) rows per article that no
     * trend ever ranked.
     */
    private static Map<String, Integer> termCounts(PreparedArticle prepared, List<ScoredPhrase> keyphrases) {
        Map<String, Integer> counts = new HashMap<>(prepared.countedWords());
        for (ScoredPhrase phrase : keyphrases) {
            counts.put(phrase.key(), phrase.occurrences());
        }
        return counts;
    }

    /**
     * How the article wrote each content word and each key phrase, so whatever is shown of it (a
     * counted term, a story's term) is a word, not a stem.
     */
    private static Map<String, String> writtenForms(PreparedArticle prepared, List<ScoredPhrase> keyphrases) {
        Map<String, String> forms = new HashMap<>();
        prepared.phrases().forEach((key, phrase) -> {
            if (key.indexOf(' ') < 0) {
                forms.put(key, phrase.text());
            }
        });
        for (ScoredPhrase phrase : keyphrases) {
            forms.put(phrase.key(), phrase.text());
        }
        return forms;
    }
}
