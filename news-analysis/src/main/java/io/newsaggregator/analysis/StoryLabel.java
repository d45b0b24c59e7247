package io.newsaggregator.analysis;

import java.util.List;
import java.util.Objects;

/**
 * How a story is shown: the title of its most central member and its strongest terms.
 *
 * @param title            title of the representative member
 * @param representativeId id of the representative member
 * @param topTerms         the story's strongest normalised terms, strongest first
 */
record StoryLabel(String title, String representativeId, List<String> topTerms) {

    public StoryLabel {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(representativeId, "representativeId");
        topTerms = List.copyOf(Objects.requireNonNull(topTerms, "topTerms"));
    }
}
