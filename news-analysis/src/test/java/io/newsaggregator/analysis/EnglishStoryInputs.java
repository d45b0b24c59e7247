package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Builds story clusterer input ({@link StoryInput}) from raw English text with Lucene's {@link EnglishAnalyzer}, for
 * tests and benchmarks only; production wiring supplies terms from the shared text analyzer.
 *
 * <p>Salient terms are guessed from the raw title: words with digits, acronyms, words with an
 * inner capital ({@code eBay}), and capitalised words after the first one unless the whole title
 * is written in Title Case (then capitals say nothing).
 */
public final class EnglishStoryInputs {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");
    private static final double TITLE_CASE_SHARE = 0.6;

    private final Analyzer analyzer = new EnglishAnalyzer();

    public StoryInput document(long id, long portal, Instant publishedAt, String title, String body) {
        List<String> titleTerms = terms(title);
        List<String> bodyTerms = body == null ? List.of() : terms(body);
        return new StoryInput(ArticleId.of(id), PortalId.of(portal), publishedAt, title, titleTerms, bodyTerms,
                List.copyOf(salientTerms(title)));
    }

    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text", e);
        }
        return terms;
    }

    public Set<String> salientTerms(String title) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(title);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        boolean titleCase = isTitleCase(words);
        Set<String> salient = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (isSalient(word, i == 0, titleCase)) {
                salient.addAll(terms(word));
            }
        }
        return salient;
    }

    private static boolean isTitleCase(List<String> words) {
        int longWords = 0;
        int capitalised = 0;
        for (String word : words) {
            if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
                longWords++;
                if (Character.isUpperCase(word.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return longWords > 0 && capitalised >= TITLE_CASE_SHARE * longWords;
    }

    private static boolean isSalient(String word, boolean first, boolean titleCase) {
        boolean hasDigit = word.chars().anyMatch(Character::isDigit);
        long upper = word.chars().filter(Character::isUpperCase).count();
        long letters = word.chars().filter(Character::isLetter).count();
        boolean acronym = letters >= 2 && upper == letters;
        boolean innerCapital = word.length() > 1 && word.substring(1).chars().anyMatch(Character::isUpperCase)
                && Character.isLowerCase(word.charAt(0)) || (upper >= 2 && !acronym && letters > 2);
        boolean capitalised = Character.isUpperCase(word.charAt(0));
        return hasDigit || acronym || innerCapital || (capitalised && !first && !titleCase);
    }
}
