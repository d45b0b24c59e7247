package io.newsaggregator.analysis;

import java.util.Objects;

/**
 * The language of a text as an ISO 639-1 code where one exists (else the detector's ISO 639-3
 * code), with a confidence in [0, 1]. {@link #UNDETERMINED} ({@code "und"}, confidence 0) when the
 * text is empty or has too few letters to say anything.
 */
record DetectedLanguage(String code, double confidence) {

    /** ISO 639-2 code for "undetermined". */
    public static final String UNDETERMINED_CODE = io.newsaggregator.domain.model.Languages.UNDETERMINED;

    public static final DetectedLanguage UNDETERMINED = new DetectedLanguage(UNDETERMINED_CODE, 0.0);

    public DetectedLanguage {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidence);
        }
    }

    public boolean isUndetermined() {
        return UNDETERMINED_CODE.equals(code);
    }

    /** Whether the confidence reaches {@code threshold}. */
    public boolean isAtLeast(double threshold) {
        return !isUndetermined() && confidence >= threshold;
    }
}
