package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.InMemoryDocumentFrequencies;
import io.newsaggregator.domain.analysis.DocumentFrequencies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyphraseExtractorTest {

    /** Builds words from "surface/term" items; "|" marks a break, a lower-case "the" is a stopword. */
    private static List<PhraseWord> words(String spec) {
        List<PhraseWord> words = new ArrayList<>();
        boolean breakNext = true;
        for (String item : spec.split(" ")) {
            if (item.equals("|")) {
                breakNext = true;
                continue;
            }
            String[] parts = item.split("/");
            boolean stopword = parts[0].equals("the") || parts[0].equals("of");
            words.add(new PhraseWord(parts[0], parts.length > 1 ? parts[1] : parts[0].toLowerCase(),
                    !stopword, breakNext, " ", false));
            breakNext = false;
        }
        return words;
    }

    private final KeyphraseExtractor extractor = new KeyphraseExtractor();

    @Test
    void candidatesAreRunsOfContentWordsUpToTheLimit() {
        KeyphraseExtractor maximalOnly = new KeyphraseExtractor(new KeyphraseSettings(2, false, 1.0, 0.0, 1.0, 0.0));

        Set<String> keys = maximalOnly.phraseKeys(words("the harbour bridge | closed of night trains cancelled today"));

        assertThat(keys).containsExactlyInAnyOrder("harbour bridge", "closed");
    }

    @Test
    void subPhrasesAreCandidatesWhenEnabled() {
        Set<String> keys = extractor.phraseKeys(words("harbour bridge closed"));

        assertThat(keys).containsExactlyInAnyOrder("harbour", "bridge", "closed", "harbour bridge",
                "bridge closed", "harbour bridge closed");
    }

    @Test
    void mergesPhrasesWithTheSameStemsAndShowsTheMostFrequentForm() {
        List<Keyphrase> keyphrases = extractor.extract(
                words("Elections/elect | elections/elect | the elections/elect | Election/elect"),
                DocumentFrequencies.none(), 5);

        assertThat(keyphrases).hasSize(1);
        assertThat(keyphrases.get(0).text()).isEqualTo("elections");
        assertThat(keyphrases.get(0).occurrences()).isEqualTo(4);
    }

    @Test
    void neverStartsOrEndsWithAStopword() {
        List<Keyphrase> keyphrases = extractor.extract(words("the bank of england raised the rates"),
                DocumentFrequencies.none(), 20);

        assertThat(keyphrases).extracting(Keyphrase::text).isNotEmpty()
                .noneMatch(t -> t.startsWith("the ") || t.startsWith("of ") || t.endsWith(" of")
                        || t.endsWith(" the") || t.equals("the") || t.equals("of"));
    }

    @Test
    void scoresPhrasesThatAreCommonInTheCorpusLower() {
        InMemoryDocumentFrequencies corpus = new InMemoryDocumentFrequencies();
        for (int i = 0; i < 9; i++) {
            corpus.addDocument(List.of("today"));
        }
        corpus.addDocument(List.of("strike"));

        List<Keyphrase> keyphrases = extractor.extract(words("today | strike"), corpus, 2);

        assertThat(keyphrases).extracting(Keyphrase::key).containsExactly("strike", "today");
    }

    @Test
    void ordersEqualScoresByFirstOccurrence() {
        KeyphraseExtractor noPositionWeight = new KeyphraseExtractor(new KeyphraseSettings(4, false, 1.0, 0.0, 1.0, 0.0));

        List<Keyphrase> keyphrases = noPositionWeight.extract(words("bridges | trains | ferries"),
                DocumentFrequencies.none(), 3);

        assertThat(keyphrases).extracting(Keyphrase::text).containsExactly("bridges", "trains", "ferries");
    }

    @Test
    void capsAPhrasesRarityAtTheMeanRarityOfItsWords() {
        InMemoryDocumentFrequencies corpus = new InMemoryDocumentFrequencies();
        for (int i = 0; i < 20; i++) {
            corpus.addDocument(List.of("said", "today"));
        }
        corpus.addDocument(List.of("strike"));

        List<Keyphrase> keyphrases = extractor.extract(words("said today | strike"), corpus, 3);

        assertThat(keyphrases.get(0).key()).isEqualTo("strike");
    }

    @Test
    void dropsAWordThatOnlyEverOccursInsideALongerPhrase() {
        List<Keyphrase> keyphrases = extractor.extract(words("Buenos Aires | Buenos Aires | Aires"),
                DocumentFrequencies.none(), 10);

        assertThat(keyphrases).extracting(Keyphrase::text).doesNotContain("Buenos").contains("Buenos Aires");
    }

    @Test
    void neverListsAPhraseTogetherWithAPhraseInsideIt() {
        List<Keyphrase> keyphrases = extractor.extract(
                words("Michael Buble | Buble | Buble | Buble | Michael Buble | wedding | Michael"),
                DocumentFrequencies.none(), 10);

        assertThat(keyphrases).extracting(Keyphrase::text).contains("Buble", "wedding").doesNotContain("Michael Buble");
        for (Keyphrase outer : keyphrases) {
            for (Keyphrase inner : keyphrases) {
                assertThat(inner == outer || !KeyphraseExtractor.isWithin(inner.key(), outer.key()))
                        .as("'%s' inside '%s'", inner.text(), outer.text()).isTrue();
            }
        }
    }

    @Test
    void aLongerPhraseTakesThePlaceOfAWordItAccountsForNearlyAlways() {
        List<Keyphrase> keyphrases = extractor.extract(
                words("climate summit | climate summit | climate summit | climate summit | climate | talks"),
                DocumentFrequencies.none(), 10);

        assertThat(keyphrases).extracting(Keyphrase::text).containsExactly("climate summit", "talks");
        assertThat(keyphrases.get(0).occurrences()).isEqualTo(4);
    }

    @Test
    void aLongerPhraseNeverTakesThePlaceOfAShorterPhrase() {
        List<Keyphrase> keyphrases = extractor.extract(
                words("harbour bridge | harbour bridge closed | harbour bridge closed"), DocumentFrequencies.none(), 10);

        assertThat(keyphrases).extracting(Keyphrase::text).containsExactly("harbour bridge");
    }

    @Test
    void isWithinMatchesWholeWordsOnly() {
        assertThat(KeyphraseExtractor.isWithin("buble", "michael buble")).isTrue();
        assertThat(KeyphraseExtractor.isWithin("michael buble", "michael buble")).isTrue();
        assertThat(KeyphraseExtractor.isWithin("ble", "michael buble")).isFalse();
        assertThat(KeyphraseExtractor.isWithin("michael buble", "buble")).isFalse();
    }

    @Test
    void respectsTheLimit() {
        assertThat(extractor.extract(words("a1 | b1 | c1 | d1"), DocumentFrequencies.none(), 2)).hasSize(2);
        assertThatThrownBy(() -> extractor.extract(List.of(), DocumentFrequencies.none(), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    }
}
