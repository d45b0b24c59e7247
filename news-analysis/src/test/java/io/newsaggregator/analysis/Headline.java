package io.newsaggregator.analysis;

import java.time.Instant;

/** One labelled headline of the story development set. */
record Headline(String id, String title, String publisher, String hostname, String story, Instant timestamp) {

    /** The portal the clusterer sees: the publisher name, or the host when it is missing. */
    String portal() {
        return publisher.isBlank() ? hostname : publisher;
    }
}
