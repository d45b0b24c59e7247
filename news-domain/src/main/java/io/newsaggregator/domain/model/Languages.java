package io.newsaggregator.domain.model;

/** Language codes with a meaning of their own. */
public final class Languages {
    /** ISO 639-2 "undetermined": no language could be told (too little text, or a failed analysis). */
    public static final String UNDETERMINED = "und";

    private Languages() {
    }
}
