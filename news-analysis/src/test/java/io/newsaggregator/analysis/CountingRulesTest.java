package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.InMemoryDocumentFrequencies;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Pins what the analyser counts for a few texts in four languages. Stored analyses carry the
 * analyser's version, and a revised article's old counts are taken back only when the same
 * version counted them; so when this test fails because counting changed on purpose, raise
 * {@link ArticleTextAnalyzer#COUNTING_RULES} and pin the new digest.
 */
class CountingRulesTest {
    private static final String PINNED = "758132c63077cb8af9ec1e33f5286b16a36ef2ae8881b1f10c77ccf631efc0a8";

    private static final List<ArticleText> TEXTS = List.of(
            new ArticleText("en", "Storm closes the harbour bridge in Plymouth",
                    "Engineers say the bridge will stay shut for days.",
                    "The harbour bridge was closed on Monday after the storm damaged its cables. Mr Smith, who "
                            + "runs a ferry, said the closure would cost local businesses. Repairs start next week.", "en"),
            new ArticleText("de", "Sturm legt Hafenbrücke in Hamburg lahm",
                    "Die Brücke bleibt nach Angaben der Stadt tagelang gesperrt.",
                    "Nach dem Sturm wurde die Hafenbrücke am Montag gesperrt. Die Reparaturen beginnen in der "
                            + "kommenden Woche, teilte die Stadtverwaltung mit.", null),
            new ArticleText("fr", "La tempête ferme le pont du port de Brest",
                    "Le pont restera fermé plusieurs jours.",
                    "Le pont du port a été fermé lundi après que la tempête a endommagé ses câbles. Les travaux "
                            + "commenceront la semaine prochaine.", null),
            new ArticleText("pl", "Burza zamyka most w porcie w Gdańsku",
                    "Most pozostanie zamknięty przez kilka dni.",
                    "Most portowy zamknięto w poniedziałek po tym, jak burza uszkodziła jego liny. Naprawy "
                            + "rozpoczną się w przyszłym tygodniu.", null));

    @Test
    void theDefaultAnalyserCountsWhatItsVersionSays() throws NoSuchAlgorithmException {
        ArticleTextAnalyzer analyzer = new ArticleTextAnalyzer();
        StringBuilder counted = new StringBuilder();
        for (ArticleText text : TEXTS) {
            PreparedArticle prepared = analyzer.prepare(text);
            TextAnalysis analysis = analyzer.analyse(prepared, new InMemoryDocumentFrequencies());
            Map<String, Integer> counts = new TreeMap<>(prepared.phraseCounts());
            counted.append(text.id()).append(' ').append(analysis.language()).append('\n')
                    .append(new TreeSet<>(prepared.phraseKeys())).append('\n').append(counts).append('\n')
                    .append(prepared.countedWords()).append('\n');
            analysis.keyphrases().forEach(k -> counted.append(k.key()).append('=').append(k.occurrences()).append(' '));
            counted.append('\n');
        }
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(counted.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(digest)
                .as("what the analyser counts changed: raise ArticleTextAnalyzer.COUNTING_RULES (now %d) and pin %s",
                        ArticleTextAnalyzer.COUNTING_RULES, digest)
                .isEqualTo(PINNED);
        assertThat(analyzer.version()).startsWith("text-" + ArticleTextAnalyzer.COUNTING_RULES + "-")
                .isEqualTo(new ArticleTextAnalyzer().version());
    }
}
