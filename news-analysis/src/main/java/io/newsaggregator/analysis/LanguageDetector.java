package io.newsaggregator.analysis;

/**
 * Tells the language of a text. Implementations are thread-safe and meant to be built once and
 * reused; obtain the standard one from {@link LanguageDetectors#standard()}.
 */
interface LanguageDetector {

    /**
     * Detects the language of {@code text}; never null. Short texts (a title, a few words) get a
     * low confidence rather than a confident guess; a text without letters is
     * {@link DetectedLanguage#UNDETERMINED}.
     */
    DetectedLanguage detect(CharSequence text);
}
