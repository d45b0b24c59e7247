package io.newsaggregator.analysis;

import java.util.Objects;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * OpenNLP maximum-entropy detector. The model is shared; the detector object is kept per thread
 * because OpenNLP does not promise that {@link LanguageDetectorME} is thread-safe.
 *
 * <p>The model spreads its probability over 103 languages, so on one sentence even a clear winner
 * gets only 0.1-0.2 while a long article gets above 0.9. The reported confidence is therefore the
 * larger of the top probability and its lead over the runner-up ({@code 1 - p2/p1}), scaled by a
 * reliability that grows with the number of letters seen ({@code 1 - exp(-letters/40)}: 0.1 for a
 * single word, about 0.7 for a headline, above 0.9 from 100 letters on). A headline thus scores
 * well under 0.5 unless one language clearly dominates, and a single word near zero.
 */
final class OpenNlpLanguageDetector implements LanguageDetector {

    /** Letters needed for a reliability of 1 - 1/e. */
    private static final double LETTER_SCALE = 40.0;
    private static final int MIN_LETTERS = 2;
    /** Longer texts add nothing to accuracy but cost time. */
    private static final int MAX_CHARS = 1_500;

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
        Language[] ranked = detectors.get().predictLanguages(sample);
        if (ranked.length == 0) {
            return DetectedLanguage.UNDETERMINED;
        }
        Language best = ranked[0];
        double top = best.getConfidence();
        double runnerUp = ranked.length > 1 ? ranked[1].getConfidence() : 0.0;
        double lead = top > 0 ? 1.0 - runnerUp / top : 0.0;
        double reliability = 1.0 - Math.exp(-letters / LETTER_SCALE);
        double confidence = Math.max(0.0, Math.min(1.0, Math.max(top, lead) * reliability));
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
