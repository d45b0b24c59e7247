package io.newsaggregator.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The terms the story clusterer compares, taken from the tokens the article's own language
 * analyzer produced (stemmed, stopwords removed): title terms, lead and body terms, and the title
 * words that are probably names or numbers.
 *
 * <p>A title word is salient when it has a digit, is an acronym, has an inner capital
 * ({@code eBay}), or is capitalised though not the first word of its sentence, unless most of the
 * title's longer words are capitalised (Title Case says nothing about names).
 */
record StoryTerms(List<String> titleTerms, List<String> bodyTerms, List<String> salientTerms) {

    private static final double TITLE_CASE_SHARE = 0.6;

    static StoryTerms of(PreparedArticle article) {
        List<Token> title = article.parts().get(0).tokens();
        List<String> body = new ArrayList<>();
        for (int part = 1; part < article.parts().size(); part++) {
            addTerms(article.parts().get(part).tokens(), body);
        }
        List<String> titleTerms = new ArrayList<>();
        addTerms(title, titleTerms);
        return new StoryTerms(titleTerms, body, salient(title));
    }

    private static void addTerms(List<Token> tokens, List<String> into) {
        for (Token token : tokens) {
            if (counts(token)) {
                into.add(token.term());
            }
        }
    }

    /** Stopwords and lone letters say nothing about the event; numbers of two or more digits do. */
    private static boolean counts(Token token) {
        return !token.stopword() && token.surface().codePointCount(0, token.surface().length()) > 1;
    }

    private static List<String> salient(List<Token> title) {
        boolean titleCase = isTitleCase(title);
        Set<String> salient = new LinkedHashSet<>();
        for (int i = 0; i < title.size(); i++) {
            Token token = title.get(i);
            boolean sentenceStart = i == 0 || title.get(i - 1).sentence() != token.sentence();
            if (counts(token) && isSalient(token.surface(), sentenceStart, titleCase)) {
                salient.add(token.term());
            }
        }
        return List.copyOf(salient);
    }

    private static boolean isTitleCase(List<Token> words) {
        int longWords = 0;
        int capitalised = 0;
        for (Token word : words) {
            String surface = word.surface();
            if (surface.length() >= 4 && Character.isLetter(surface.codePointAt(0))) {
                longWords++;
                if (word.capitalised()) {
                    capitalised++;
                }
            }
        }
        return longWords > 0 && capitalised >= TITLE_CASE_SHARE * longWords;
    }

    private static boolean isSalient(String word, boolean sentenceStart, boolean titleCase) {
        boolean hasDigit = word.chars().anyMatch(Character::isDigit);
        long upper = word.chars().filter(Character::isUpperCase).count();
        long letters = word.chars().filter(Character::isLetter).count();
        boolean acronym = letters >= 2 && upper == letters;
        boolean innerCapital = upper >= 1 && word.length() > 1 && Character.isLowerCase(word.charAt(0))
                || upper >= 2 && !acronym && letters > 2;
        boolean capitalised = Character.isUpperCase(word.charAt(0));
        return hasDigit || acronym || innerCapital || capitalised && !sentenceStart && !titleCase;
    }
}
