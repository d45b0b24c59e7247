package io.newsaggregator.analysis;

import io.newsaggregator.domain.error.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Entry point of the language package.
 *
 * <p>The standard detector is Apache OpenNLP's maximum-entropy language detector with its
 * published {@code langdetect-183} model (103 languages, artifact
 * {@code org.apache.opennlp:opennlp-models-langdetect} on Maven Central). It was chosen over
 * Lingua (most accurate on very short texts, but one 80-130 MB jar with no per-language
 * artifacts for the JVM), Optimaize language-detector (unmaintained since 2016, pulls in Guava)
 * and Tika's wrappers (which add Tika on top of one of these). OpenNLP is an actively released
 * Apache project with a single dependency (slf4j-api); together with the model it adds about
 * 12 MB to the runtime class path. Its weakness is short text, which this package answers with a
 * length-dependent confidence (see {@link #standard()}).
 */
final class LanguageDetectors {

    static final String MODEL_RESOURCE = "/langdetect-183.bin";

    private LanguageDetectors() {
    }

    /**
     * The shared OpenNLP-backed detector; the 10 MB model is loaded on first use and kept.
     *
     * @throws ConfigurationException if the model artifact is not on the class path
     */
    public static LanguageDetector standard() {
        return StandardHolder.INSTANCE;
    }

    private static final class StandardHolder {
        static final LanguageDetector INSTANCE = new OpenNlpLanguageDetector(loadModel());
    }

    private static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageDetectors.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new ConfigurationException("Language model " + MODEL_RESOURCE
                        + " not found on the class path; add org.apache.opennlp:opennlp-models-langdetect");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new ConfigurationException("Language model " + MODEL_RESOURCE + " could not be read: "
                    + e.getMessage(), e);
        }
    }
}
