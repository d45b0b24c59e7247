package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.error.NotFoundException;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoryRepositoryIT extends JpaTestSupport {
    private PortalId bbc;
    private PortalId dw;
    private PortalId lemonde;

    @BeforeAll
    void portals() {
        bbc = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        dw = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        lemonde = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
    }

    private Story story(String key, Instant last, Map<PortalId, Integer> coverage) {
        int articles = coverage.values().stream().mapToInt(Integer::intValue).sum();
        return new Story(key, "Label of " + key, List.of("elect", "vote"), bbc, last.minusSeconds(3600), last, articles,
                coverage);
    }

    private ArticleId article(PortalId portal, String title, Instant seen) {
        return uow.execute(r -> r.articles().upsertAll(List.of(Fixtures.article(portal, title, seen))).get(0).articleId());
    }

    @Test
    void savesAndUpdatesStoriesWithTheirCoverage() {
        String key = Fixtures.unique("story");
        Story first = story(key, Fixtures.T0, Map.of(bbc, 1));
        uow.run(r -> r.stories().saveAll(List.of(first)));
        assertThat(uow.<Optional<Story>>readOnly(r -> r.stories().findByKey(key))).contains(first);

        Story grown = new Story(key, "Better label", List.of("elect"), bbc, first.firstSeenAt(),
                Fixtures.T0.plusSeconds(600), 3, Map.of(bbc, 1, dw, 2));
        uow.run(r -> r.stories().saveAll(List.of(grown)));

        Optional<Story> read = uow.readOnly(r -> r.stories().findByKey(key));
        assertThat(read).contains(grown);
        assertThat(read.get().portalCount()).isEqualTo(2);
        assertThat(uow.<Optional<Story>>readOnly(r -> r.stories().findByKey("no such story"))).isEmpty();
    }

    @Test
    void assignsArticlesAndReassignmentReplacesTheEarlierMembership() {
        String a = Fixtures.unique("story");
        String b = Fixtures.unique("story");
        uow.run(r -> r.stories().saveAll(List.of(story(a, Fixtures.T0, Map.of(bbc, 1)), story(b, Fixtures.T0, Map.of(dw, 1)))));
        ArticleId later = article(bbc, "Later member", Fixtures.T0.plusSeconds(60));
        ArticleId earlier = article(dw, "Earlier member", Fixtures.T0);

        uow.run(r -> {
            r.stories().assign(later, a);
            r.stories().assign(earlier, a);
            r.stories().assign(earlier, a);
        });
        assertThat(uow.<List<ArticleId>>readOnly(r -> r.stories().members(a))).containsExactly(earlier, later);

        uow.run(r -> r.stories().assign(earlier, b));

        assertThat(uow.<List<ArticleId>>readOnly(r -> r.stories().members(a))).containsExactly(later);
        assertThat(uow.<List<ArticleId>>readOnly(r -> r.stories().members(b))).containsExactly(earlier);
    }

    @Test
    void assigningAnUnknownArticleSaysItIsNotFound() {
        String key = Fixtures.unique("story");
        uow.run(r -> r.stories().saveAll(List.of(story(key, Fixtures.T0, Map.of(bbc, 1)))));
        assertThatThrownBy(() -> uow.run(r -> r.stories().assign(ArticleId.of(888_888_888L), key)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void mergeMovesMembersIntoTheSurvivorAndDeletesTheAbsorbedStories() {
        String into = Fixtures.unique("story");
        String gone1 = Fixtures.unique("story");
        String gone2 = Fixtures.unique("story");
        uow.run(r -> r.stories().saveAll(List.of(story(into, Fixtures.T0, Map.of(bbc, 1)),
                story(gone1, Fixtures.T0, Map.of(dw, 1)), story(gone2, Fixtures.T0, Map.of(lemonde, 1)))));
        ArticleId m1 = article(bbc, "Member one", Fixtures.T0);
        ArticleId m2 = article(dw, "Member two", Fixtures.T0.plusSeconds(1));
        ArticleId m3 = article(lemonde, "Member three", Fixtures.T0.plusSeconds(2));
        uow.run(r -> {
            r.stories().assign(m1, into);
            r.stories().assign(m2, gone1);
            r.stories().assign(m3, gone2);
        });

        uow.run(r -> r.stories().merge(List.of(gone1, gone2, into), into));

        assertThat(uow.<List<ArticleId>>readOnly(r -> r.stories().members(into))).containsExactly(m1, m2, m3);
        assertThat(uow.<Optional<Story>>readOnly(r -> r.stories().findByKey(gone1))).isEmpty();
        assertThat(uow.<Optional<Story>>readOnly(r -> r.stories().findByKey(gone2))).isEmpty();
        assertThat(uow.<List<ArticleId>>readOnly(r -> r.stories().members(gone1))).isEmpty();
        assertThat(uow.<Optional<Story>>readOnly(r -> r.stories().findByKey(into))).isPresent();
    }

    @Test
    void topReturnsRecentStoriesWithEnoughPortalsWidestFirst() {
        Instant since = Instant.parse("2030-01-01T00:00:00Z");
        String wide = Fixtures.unique("story");
        String narrowBig = Fixtures.unique("story");
        String single = Fixtures.unique("story");
        String old = Fixtures.unique("story");
        uow.run(r -> r.stories().saveAll(List.of(
                story(single, since.plusSeconds(10), Map.of(bbc, 9)),
                story(narrowBig, since.plusSeconds(10), Map.of(bbc, 5, dw, 4)),
                story(wide, since.plusSeconds(5), Map.of(bbc, 1, dw, 1, lemonde, 1)),
                story(old, since.minusSeconds(1), Map.of(bbc, 5, dw, 5, lemonde, 5)))));

        assertThat(uow.<List<Story>>readOnly(r -> r.stories().top(since, 2, 10))).extracting(Story::storyKey)
                .containsExactly(wide, narrowBig);
        assertThat(uow.<List<Story>>readOnly(r -> r.stories().top(since, 1, 10))).extracting(Story::storyKey)
                .containsExactly(wide, narrowBig, single);
        assertThat(uow.<List<Story>>readOnly(r -> r.stories().top(since, 1, 1))).extracting(Story::storyKey).containsExactly(wide);
        assertThat(uow.<List<Story>>readOnly(r -> r.stories().top(since, 1, 10)).get(0).coverage())
                .containsOnlyKeys(bbc, dw, lemonde);
    }

    @Test
    void clustererStateRoundTripsByteForByteAndEverySaveRaisesItsVersion() {
        long before = uow.readOnly(r -> r.stories().clustererStateVersion());
        byte[] first = new byte[70_000];
        for (int i = 0; i < first.length; i++) {
            first[i] = (byte) (i * 31);
        }
        assertThat(uow.<Long>execute(r -> r.stories().saveClustererState(first))).isEqualTo(before + 1);
        assertThat(uow.<Optional<byte[]>>readOnly(r -> r.stories().loadClustererState())).hasValueSatisfying(
                state -> assertThat(state).isEqualTo(first));

        byte[] second = {0, 1, 2, (byte) 0xff};
        assertThat(uow.<Long>execute(r -> r.stories().saveClustererState(second))).isEqualTo(before + 2);
        assertThat(uow.<Optional<byte[]>>readOnly(r -> r.stories().loadClustererState())).hasValueSatisfying(
                state -> assertThat(state).isEqualTo(second));
        assertThat(uow.<Long>readOnly(r -> r.stories().clustererStateVersion())).isEqualTo(before + 2);
    }

    @Test
    void aRolledBackSaveLeavesStateAndVersionAsTheyWere() {
        byte[] kept = {4, 2};
        long version = uow.execute(r -> r.stories().saveClustererState(kept));

        assertThatThrownBy(() -> uow.run(r -> {
            r.stories().saveClustererState(new byte[] {9, 9, 9});
            throw new IllegalStateException("batch failed after saving");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(uow.<Long>readOnly(r -> r.stories().clustererStateVersion())).isEqualTo(version);
        assertThat(uow.<Optional<byte[]>>readOnly(r -> r.stories().loadClustererState()))
                .hasValueSatisfying(state -> assertThat(state).isEqualTo(kept));
    }
}
