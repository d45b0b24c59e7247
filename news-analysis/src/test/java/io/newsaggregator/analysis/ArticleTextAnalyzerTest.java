package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.InMemoryDocumentFrequencies;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.analysis.DocumentFrequencies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ArticleTextAnalyzerTest {

    private static final ArticleText ENGLISH = new ArticleText("en-1",
            "Climate summit ends with a deal on coal",
            "Delegates at the climate summit in Lisbon agreed to phase out coal power.",
            "After two weeks of talks, the climate summit closed on Friday with an agreement that rich "
                    + "countries will stop building coal power plants by 2030. Maria Santos, who chaired the "
                    + "climate summit, said the deal was the best that could be reached. Environmental groups "
                    + "called the coal power pledge too slow, but several island states welcomed the climate "
                    + "finance promised to them. The next climate summit will be held in Nairobi.");

    private static final ArticleText GERMAN = new ArticleText("de-1",
            "Windkraft: Bundesregierung beschleunigt Genehmigungen",
            "Die Bundesregierung will den Ausbau der Windkraft an Land deutlich beschleunigen.",
            "Das Kabinett hat am Mittwoch ein Gesetz beschlossen, das Genehmigungen für Windkraftanlagen "
                    + "verkürzen soll. Die Länder müssen dafür mehr Flächen für Windkraftanlagen ausweisen. "
                    + "Nach Angaben der Bundesregierung sollen die Verfahren künftig höchstens sechs Monate "
                    + "dauern. Umweltverbände begrüßten die Pläne, forderten aber mehr Schutz für Vögel. Die "
                    + "Windkraftanlagen an Land liefern bereits ein Viertel des Stroms in Deutschland.");

    private final ArticleTextAnalyzer analyzer = new ArticleTextAnalyzer();

    @Test
    void detectsLanguagesAndAnalysesWithTheirProfiles() {
        TextAnalysis english = analyzer.analyse(ENGLISH, DocumentFrequencies.none());
        TextAnalysis german = analyzer.analyse(GERMAN, DocumentFrequencies.none());

        assertThat(english.language()).isEqualTo("en");
        assertThat(english.analysedAs()).isEqualTo("en");
        assertThat(english.languageConfidence()).isGreaterThan(0.5);
        assertThat(german.language()).isEqualTo("de");
        assertThat(german.analysedAs()).isEqualTo("de");
    }

    @Test
    void neverReturnsAStopwordAsOrAtTheEdgeOfAKeyphrase() {
        for (ArticleText article : List.of(ENGLISH, GERMAN)) {
            TextAnalysis analysis = analyzer.analyse(article, DocumentFrequencies.none());
            LanguageProfile profile = LanguageProfiles.forLanguage(analysis.analysedAs());

            assertThat(analysis.keyphrases()).isNotEmpty().allSatisfy(k -> {
                String[] words = k.text().toLowerCase(Locale.ROOT).split("[\\s-]+");
                assertThat(profile.isStopword(words[0])).as("first word of '%s'", k.text()).isFalse();
                assertThat(profile.isStopword(words[words.length - 1])).as("last word of '%s'", k.text()).isFalse();
            });
        }
    }

    @Test
    void ranksARecurringMultiWordPhraseHigh() {
        List<Keyphrase> keyphrases = analyzer.analyse(ENGLISH, DocumentFrequencies.none()).keyphrases();

        assertThat(keyphrases.subList(0, 3)).extracting(Keyphrase::text).contains("climate summit");
        Keyphrase summit = keyphrases.stream().filter(k -> k.text().equals("climate summit")).findFirst().orElseThrow();
        assertThat(summit.key()).isEqualTo("climat summit");
        assertThat(summit.occurrences()).isEqualTo(5);
    }

    @Test
    void rarePhrasesInTheCorpusOutrankCommonOnes() {
        InMemoryDocumentFrequencies corpus = new InMemoryDocumentFrequencies();
        for (int i = 0; i < 50; i++) {
            corpus.addDocument(Set.of("climat summit", "climat", "summit"));
        }
        corpus.addDocument(Set.of("coal power", "coal", "power"));

        List<String> keys = analyzer.analyse(ENGLISH, corpus).keyphrases().stream().map(Keyphrase::key).toList();

        assertThat(keys.get(0)).startsWith("coal");
        assertThat(keys).anyMatch(k -> k.contains("climat"));
    }

    @Test
    void keysGermanPhrasesByGermanStems() {
        TextAnalysis german = analyzer.analyse(GERMAN, DocumentFrequencies.none());

        assertThat(german.keyphrases()).extracting(Keyphrase::key).contains("windkraftanlag");
        assertThat(german.keyphrases()).filteredOn(k -> k.key().equals("windkraftanlag"))
                .extracting(Keyphrase::text).containsExactly("Windkraftanlagen");
        assertThat(german.terms()).extracting(TermCount::term).contains("bundesregierung", "genehmigung", "flach");
    }

    @Test
    void countsWordsSentencesAndReadingTime() {
        String body = String.join(" ", java.util.Collections.nCopies(115, "Voters queued early.")); // 345 words
        TextAnalysis analysis = analyzer.analyse(new ArticleText("n", "Long queues", null, body),
                DocumentFrequencies.none());

        assertThat(analysis.wordCount()).isEqualTo(347);
        assertThat(analysis.sentenceCount()).isEqualTo(116);
        assertThat(analysis.readingTimeMinutes()).isEqualTo(2);
        assertThat(ArticleTextAnalyzer.readingMinutes(0)).isZero();
        assertThat(ArticleTextAnalyzer.readingMinutes(1)).isEqualTo(1);
        assertThat(ArticleTextAnalyzer.readingMinutes(230)).isEqualTo(1);
        assertThat(ArticleTextAnalyzer.readingMinutes(231)).isEqualTo(2);
    }

    /** Both texts, each ranked against a corpus of the two. */
    private static List<TextAnalysis> analyseBoth(ArticleTextAnalyzer analyzer) {
        InMemoryDocumentFrequencies corpus = new InMemoryDocumentFrequencies();
        corpus.addDocument(analyzer.prepare(ENGLISH).phraseKeys());
        corpus.addDocument(analyzer.prepare(GERMAN).phraseKeys());
        return List.of(analyzer.analyse(ENGLISH, corpus), analyzer.analyse(GERMAN, corpus));
    }

    @Test
    void givesIdenticalResultsWhenAnalysingAgain() {
        List<TextAnalysis> first = analyseBoth(analyzer);
        List<TextAnalysis> second = analyseBoth(analyzer);
        TextAnalysis fresh = analyseBoth(new ArticleTextAnalyzer()).get(0);

        assertThat(second).isEqualTo(first);
        assertThat(fresh).isEqualTo(first.get(0));
        assertThat(first).extracting(TextAnalysis::id).containsExactly("en-1", "de-1");
    }

    @Test
    void givesTheSameResultsWhenOneAnalyzerIsSharedByThreads() throws Exception {
        List<TextAnalysis> expected = analyseBoth(analyzer);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TextAnalysis>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> analyseBoth(analyzer)));
            }
            for (Future<List<TextAnalysis>> future : futures) {
                assertThat(future.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void listsCapitalisedNamesAsProperNounCandidates() {
        TextAnalysis analysis = analyzer.analyse(ENGLISH, DocumentFrequencies.none());

        assertThat(analysis.properNounCandidates()).extracting(ProperNounCandidate::text)
                .contains("Lisbon", "Maria Santos", "Nairobi", "Friday")
                .doesNotContain("Delegates", "Environmental");
    }

    @Test
    void showsFrenchPhrasesWithoutTheElidedArticle() {
        TextAnalysis analysis = analyzer.analyse(new ArticleText("f", "L'élection présidentielle aura lieu en avril",
                null, "Le gouvernement a confirmé que l'élection présidentielle aura lieu en avril. Selon le ministre, "
                        + "les bureaux de vote ouvriront à huit heures. L'élection présidentielle mobilise déjà les "
                        + "partis politiques dans tout le pays."), DocumentFrequencies.none());

        assertThat(analysis.analysedAs()).isEqualTo("fr");
        assertThat(analysis.keyphrases().get(0).text()).isEqualTo("élection présidentielle");
        assertThat(analysis.keyphrases().get(0).key()).isEqualTo("election presidentiel");
    }

    @Test
    void keepsAnApostropheThatBelongsToTheWord() {
        LanguageProfile english = LanguageProfiles.forLanguage("en");
        Token name = new TextTokenizer().tokenize("O'Brien", english).tokens().get(0);

        assertThat(ArticleTextAnalyzer.withoutElidedArticle(name)).isEqualTo("O'Brien");
    }

    @Test
    void dropsASentenceInitialWordFromANameThatAlsoOccursAlone() {
        TextAnalysis analysis = analyzer.analyse(new ArticleText("p", null, null,
                "Despite Keith Brown's warning, the vote went ahead. Officials said Keith Brown would appeal."),
                DocumentFrequencies.none());

        assertThat(analysis.properNounCandidates()).containsExactly(new ProperNounCandidate("Keith Brown", 2));
    }

    @Test
    void usesTheDeclaredLanguageWhenDetectionIsUnsure() {
        ArticleTextAnalyzer unsure = new ArticleTextAnalyzer(text -> new DetectedLanguage("nl", 0.1),
                KeyphraseSettings.defaults(), 10);

        TextAnalysis analysis = unsure.analyse(new ArticleText("h", "Wahl in Bayern", null, null, "de"),
                DocumentFrequencies.none());

        assertThat(analysis.analysedAs()).isEqualTo("de");
        assertThat(analysis.language()).isEqualTo("de");
        assertThat(analysis.languageConfidence()).isEqualTo(0.1);
        assertThat(analysis.keyphrases()).extracting(Keyphrase::text).doesNotContain("in");
    }

    @Test
    void analysesAnUndeterminedTextWithTheNeutralProfile() {
        ArticleTextAnalyzer undetermined = new ArticleTextAnalyzer(text -> DetectedLanguage.UNDETERMINED,
                KeyphraseSettings.defaults(), 10);

        TextAnalysis analysis = undetermined.analyse(new ArticleText("u", "Elections", null, null),
                DocumentFrequencies.none());

        assertThat(analysis.language()).isEqualTo("und");
        assertThat(analysis.analysedAs()).isEqualTo("und");
        assertThat(analysis.terms()).extracting(TermCount::term).containsExactly("elections");
    }

    @Test
    void treatsAnEmptyArticleAsHavingNoWords() {
        TextAnalysis analysis = analyzer.analyse(new ArticleText("e", null, null, null), DocumentFrequencies.none());

        assertThat(analysis.wordCount()).isZero();
        assertThat(analysis.keyphrases()).isEmpty();
        assertThat(analysis.language()).isEqualTo("und");
        assertThat(Arrays.asList(analysis.readingTimeMinutes(), analysis.sentenceCount())).containsOnly(0);
    }

    @Test
    void sharesOneDetectorAcrossAnalyzers() {
        assertThat(LanguageDetectors.standard()).isSameAs(LanguageDetectors.standard());
    }
}
