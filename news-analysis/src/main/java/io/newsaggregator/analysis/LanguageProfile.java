package io.newsaggregator.analysis;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How one language is tokenized: its word splitter (Unicode word boundaries, or a dictionary
 * segmenter for Japanese and Chinese), its Lucene lower-casing/normalising filters, its stopword
 * set and its stemmer. Stopwords are not removed but marked (as Lucene keywords, so the stemmer leaves
 * them alone) because phrase extraction needs to see where they were.
 *
 * <p>Instances are immutable and thread-safe; the Lucene {@link Analyzer} inside is built once and
 * reuses its token stream per thread.
 */
final class LanguageProfile {

    private final String language;
    private final boolean stemming;
    private final CharArraySet stopwords;
    private final Analyzer analyzer;

    LanguageProfile(String language, CharArraySet stopwords, UnaryOperator<TokenStream> beforeStopwords,
            UnaryOperator<TokenStream> afterStopwords, boolean stemming) {
        this(language, StandardTokenizer::new, stopwords, beforeStopwords, afterStopwords, stemming);
    }

    /** With a word splitter of its own, for languages written without spaces between words. */
    LanguageProfile(String language, Supplier<Tokenizer> tokenizer, CharArraySet stopwords,
            UnaryOperator<TokenStream> beforeStopwords, UnaryOperator<TokenStream> afterStopwords, boolean stemming) {
        this.language = Objects.requireNonNull(language, "language");
        this.stopwords = CharArraySet.unmodifiableSet(Objects.requireNonNull(stopwords, "stopwords"));
        this.stemming = stemming;
        CharArraySet marked = this.stopwords;
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                TokenStream stream = beforeStopwords.apply(source);
                stream = new SetKeywordMarkerFilter(stream, marked);
                return new TokenStreamComponents(source, afterStopwords.apply(stream));
            }
        };
    }

    /** ISO 639-1 code of the language, or {@code "und"} for the neutral profile. */
    public String language() {
        return language;
    }

    /** Whether this profile stems words (false for the neutral profile). */
    public boolean stems() {
        return stemming;
    }

    /** Whether the lower-cased {@code word} is a stopword of this language. */
    public boolean isStopword(String word) {
        return stopwords.contains(word);
    }

    Analyzer analyzer() {
        return analyzer;
    }

    @Override
    public String toString() {
        return "LanguageProfile[" + language + (stemming ? ", stemming" : "") + "]";
    }
}
