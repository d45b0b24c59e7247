package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.analysis.DocumentFrequencies;
import java.util.Collection;

/** Document frequencies of phrase keys, kept in the store so scores stay consistent as the corpus grows. */
public interface DocumentFrequencyRepository extends DocumentFrequencies {
    /**
     * Counts one more analysed document containing each key ({@code delta} = +1), or one fewer when
     * a revised article's old text is taken back ({@code delta} = -1); the document count moves by
     * {@code delta} too.
     */
    void addDocument(Collection<String> keys, int delta);
}
