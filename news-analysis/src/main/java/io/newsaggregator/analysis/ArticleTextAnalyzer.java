package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.DocumentFrequencies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entry point of per-article text analysis: language, sentences, words, reading time, terms, key
 * phrases and proper-noun candidates.
 *
 * <p>One article is ranked against a corpus: {@link #analyse(ArticleText, DocumentFrequencies)},
 * then {@link PreparedArticle#phraseKeys()} are added to the corpus counts (or {@link #prepare(ArticleText)}
 * first and {@link #analyse(PreparedArticle, DocumentFrequencies)}, so a batch can count itself first).
 * Immutable and thread-safe; build once and reuse (the Lucene analyzers and the language model are
 * built once).
 */
final class ArticleTextAnalyzer {

    /** Below this detection confidence the publisher's declared language, if any, is trusted instead. */
    static final double TRUST_DETECTION = 0.5;
    /** Below this confidence (and without a declared language) the neutral profile is used. */
    static final double MIN_PROFILE_CONFIDENCE = 0.15;
    static final int WORDS_PER_MINUTE = 230;
    private static final int MAX_PROPER_NOUNS = 20;
    private static final Pattern ELIDED_ARTICLE = Pattern.compile("(\\p{L}{1,5})['\u2019](?=\\p{L})");

    /**
     * Raise it with every change that makes the same text give other phrase keys or counts
     * (stopwords, stemming, tokenizing, candidate rules); {@code CountingRulesTest} pins what they count.
     */
    static final int COUNTING_RULES = 3;
    /** Content words per article counted for daily trends ({@link PreparedArticle#countedWords()}). */
    static final int COUNTED_WORDS = 20;

    private final LanguageDetector detector;
    private final KeyphraseSettings settings;
    private final KeyphraseExtractor extractor;
    private final int maxKeyphrases;
    private final TextTokenizer tokenizer = new TextTokenizer();
    private final ProperNounFinder properNouns = new ProperNounFinder();

    public ArticleTextAnalyzer(LanguageDetector detector, KeyphraseSettings settings, int maxKeyphrases) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.extractor = new KeyphraseExtractor(settings);
        if (maxKeyphrases < 0) {
            throw new IllegalArgumentException("maxKeyphrases must be >= 0, was " + maxKeyphrases);
        }
        this.maxKeyphrases = maxKeyphrases;
    }

    /** The standard language detector, default ranking, 10 key phrases per article. */
    public ArticleTextAnalyzer() {
        this(LanguageDetectors.standard(), KeyphraseSettings.defaults(), 10);
    }

    /**
     * Names what this analyser counts: the counting rules of this release, the key-phrase settings,
     * the number of key phrases and the language detector. Equal versions count a text the same way.
     */
    public String version() {
        String configuration = settings + "|" + maxKeyphrases + "|" + detector.getClass().getName();
        return "text-" + COUNTING_RULES + "-" + Integer.toHexString(configuration.hashCode());
    }

    /** Detects the language and tokenizes; no corpus needed. */
    public PreparedArticle prepare(ArticleText article) {
        Objects.requireNonNull(article, "article");
        DetectedLanguage detected = detector.detect(joined(article));
        LanguageProfile profile = chooseProfile(detected, article.languageHint());
        List<TokenizedText> parts = List.of(
                tokenizer.tokenize(article.title(), profile),
                tokenizer.tokenize(article.lead(), profile),
                tokenizer.tokenize(article.body(), profile));
        List<PhraseWord> words = phraseWords(parts, List.of(article.title(), article.lead(), article.body()));
        DetectedLanguage reported = detected.isAtLeast(TRUST_DETECTION) || article.languageHint() == null
                ? detected
                : new DetectedLanguage(profile.language(), detected.confidence());
        return new PreparedArticle(article.id(), reported, profile, parts, words, extractor.phrases(words),
                COUNTED_WORDS);
    }

    public TextAnalysis analyse(ArticleText article, DocumentFrequencies corpus) {
        return analyse(prepare(article), corpus);
    }

    public TextAnalysis analyse(PreparedArticle article, DocumentFrequencies corpus) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(corpus, "corpus");
        int sentences = 0;
        int words = 0;
        for (TokenizedText part : article.parts()) {
            sentences += part.sentenceCount();
            words += part.tokens().size();
        }
        List<Keyphrase> keyphrases = extractor.extract(article.words(), corpus, maxKeyphrases);
        return new TextAnalysis(article.id(), article.language().code(), article.language().confidence(),
                article.profile().language(), sentences, words, readingMinutes(words), terms(article.parts()),
                keyphrases, properNouns.find(article.parts().subList(1, 3), MAX_PROPER_NOUNS));
    }

    private static String joined(ArticleText article) {
        return article.title() + "\n" + article.lead() + "\n" + article.body();
    }

    private static LanguageProfile chooseProfile(DetectedLanguage detected, String hint) {
        if (detected.isAtLeast(TRUST_DETECTION) || hint == null || hint.isBlank()) {
            return detected.isAtLeast(MIN_PROFILE_CONFIDENCE)
                    ? LanguageProfiles.forLanguage(detected.code())
                    : LanguageProfiles.neutral();
        }
        return LanguageProfiles.forLanguage(hint);
    }

    static int readingMinutes(int words) {
        return words == 0 ? 0 : Math.max(1, (int) Math.ceil(words / (double) WORDS_PER_MINUTE));
    }

    private static List<PhraseWord> phraseWords(List<TokenizedText> parts, List<String> texts) {
        List<PhraseWord> words = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            String text = texts.get(p);
            List<Token> tokens = parts.get(p).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                int gap = i > 0 ? token.start() - tokens.get(i - 1).end() : -1;
                // words written without a gap (Japanese, Chinese) stay joined in a phrase
                String joiner = gap == 1 ? joinerFor(text.charAt(token.start() - 1)) : gap == 0 ? "" : " ";
                words.add(new PhraseWord(withoutElidedArticle(token), token.term(), token.contentWord(),
                        i == 0 || token.breakBefore(), joiner, p == 0));
            }
        }
        return words;
    }

    /**
     * French and Italian analysis drops an elided article ("l'élection" has the term "election");
     * the phrase shows the word without it too. A prefix the term keeps ("O'Brien") stays.
     */
    static String withoutElidedArticle(Token token) {
        Matcher elision = ELIDED_ARTICLE.matcher(token.surface());
        if (elision.lookingAt()) {
            String prefix = elision.group(1).toLowerCase(Locale.ROOT);
            if (!token.term().startsWith(prefix)) {
                return token.surface().substring(elision.end());
            }
        }
        return token.surface();
    }

    private static String joinerFor(char gap) {
        return Character.isWhitespace(gap) ? " " : String.valueOf(gap);
    }

    private static List<TermCount> terms(List<TokenizedText> parts) {
        Map<String, Integer> counts = new HashMap<>();
        for (TokenizedText part : parts) {
            for (Token token : part.tokens()) {
                if (token.contentWord()) {
                    counts.merge(token.term(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new TermCount(e.getKey(), e.getValue()))
                .toList();
    }
}
