package io.newsaggregator.analysis.language;

import java.util.Objects;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * OpenNLP maximum-entropy detector. The model is shared; the detector object is kept per thread
 * because OpenNLP does not promise that {@link LanguageDetectorME} is thread-safe.
 *
 * <p>The model's probability alone is overconfident on a few words, so the reported confidence is
 * the top probability scaled by a reliability that grows with the number of letters seen
 * (about 0.2 for a single word, 0.5 for a 30-letter headline, above 0.9 from 100 letters on).
 */
final class OpenNlpLanguageDetector implements LanguageDetector {

    /** Letters needed for a reliability of 1 - 1/e; chosen so that a headline stays below 0.6. */
    private static final double LETTER_SCALE = 40.0;
    private static final int MIN_LETTERS = 2;
    /** Longer texts add nothing to accuracy but cost time. */
    private static final int MAX_CHARS = 4_000;

    private final ThreadLocal<LanguageDetectorME> detectors;

    OpenNlpLanguageDetector(LanguageDetectorModel model) {
        Objects.requireNonNull(model, "model");
        this.detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    @Override
    public DetectedLanguage detect(CharSequence text) {
        Objects.requireNonNull(text, "text");
        CharSequence sample = text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS) : text;
        int letters = countLetters(sample);
        if (letters < MIN_LETTERS) {
            return DetectedLanguage.UNDETERMINED;
        }
        Language best = detectors.get().predictLanguage(sample);
        if (best == null) {
            return DetectedLanguage.UNDETERMINED;
        }
        double reliability = 1.0 - Math.exp(-letters / LETTER_SCALE);
        double confidence = Math.max(0.0, Math.min(1.0, best.getConfidence() * reliability));
        return new DetectedLanguage(IsoLanguageCodes.toTwoLetter(best.getLang()), confidence);
    }

    private static int countLetters(CharSequence text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
