package io.newsaggregator.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.PortalId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorableValuesTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private static Article article(String title, List<String> authors, String body, Instant published, String language) {
        return new Article(null, PortalId.of(1), "https://a.test/1", "https://a.test/1", title, authors, published, null,
                "World", language, null, body, null, ContentHash.of(title, null, body), null, NOW, NOW, 1);
    }

    @Test
    void stripsNulCharactersAndLoneSurrogatesButKeepsPairs() {
        assertThat(StorableValues.text("a\u0000b")).isEqualTo("ab");
        assertThat(StorableValues.text("x\ud800y")).isEqualTo("xy");
        assertThat(StorableValues.text("x\udc00y\ud800")).isEqualTo("xy");
        assertThat(StorableValues.text("smile \ud83d\ude00")).isEqualTo("smile \ud83d\ude00");
        assertThat(StorableValues.text("plain")).isSameAs("plain");
        assertThat(StorableValues.text(null)).isNull();
    }

    @Test
    void aSanitisedArticleGetsTheHashOfWhatIsStored() {
        Article dirty = article("Ferry\u0000 timetable", List.of("Ann\u0000 Lee", "\u0000"), "Text.", NOW, "en");

        Article clean = StorableValues.storable(dirty);

        assertThat(clean.title()).isEqualTo("Ferry timetable");
        assertThat(clean.authors()).containsExactly("Ann Lee");
        assertThat(clean.contentHash()).isEqualTo(ContentHash.of("Ferry timetable", null, "Text."));
        Article already = article("Fine", List.of(), "Text.", NOW, "en");
        assertThat(StorableValues.storable(already)).isEqualTo(already);
    }

    @Test
    void capsTheIndexedTextAtAWordBoundaryWithinTheTsvectorBudget() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; words.length() < 1_200_000; i++) {
            words.append("ord").append(i).append(' ');
        }
        String title = "T".repeat(5_000);

        Article capped = StorableValues.storable(article(title, List.of(), words.toString(), NOW, "en"));

        assertThat(capped.title()).hasSize(StorableValues.MAX_TITLE_CHARS);
        assertThat(capped.title().length() + capped.bodyText().length()).isLessThanOrEqualTo(StorableValues.MAX_INDEXED_CHARS);
        assertThat(capped.bodyText()).endsWith(words.substring(0, capped.bodyText().length()).strip().substring(capped.bodyText().length() - 3));
        assertThat(words.charAt(capped.bodyText().length())).isEqualTo(' ');
        assertThat(capped.bodyText().getBytes(StandardCharsets.UTF_8).length).isLessThan(1_048_576);
    }

    @Test
    void dropsDatesOutsideThePlausibleWindowAndOverlongLanguageTags() {
        assertThat(StorableValues.date(Instant.parse("0002-01-01T00:00:00Z"))).isNull();
        assertThat(StorableValues.date(Instant.parse("1899-12-31T23:59:59Z"))).isNull();
        assertThat(StorableValues.date(StorableValues.LATEST)).isNull();
        assertThat(StorableValues.date(Instant.parse("2199-12-31T00:00:00Z"))).isEqualTo(Instant.parse("2199-12-31T00:00:00Z"));
        assertThat(StorableValues.date(Instant.parse("1999-05-01T00:00:00Z"))).isEqualTo(Instant.parse("1999-05-01T00:00:00Z"));
        assertThat(StorableValues.storable(article("T", List.of(), "B", Instant.MAX, "x".repeat(40))))
                .satisfies(a -> {
                    assertThat(a.publishedAt()).isNull();
                    assertThat(a.language()).isNull();
                });
    }
}
