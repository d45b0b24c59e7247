package io.newsaggregator.domain.analysis;

import java.util.Objects;

/**
 * How often a counted term was written one way: the occurrences of {@code term} written as
 * {@code text}, summed over the articles that counted it. A term is shown as its most frequent form.
 *
 * @param term  the stemmed term or phrase key, as in {@link TermDayCount#term()}
 * @param text  the term as the articles wrote it
 * @param count occurrences; negative to take back
 */
public record WrittenForm(String term, String text, long count) {
    public WrittenForm {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(text, "text");
    }
}
