package io.newsaggregator.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.fake.InMemoryStore;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FeedKind;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.in.ExportArticles.ExportedArticle;
import io.newsaggregator.domain.port.in.ExportArticles.Request;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleExportTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private final InMemoryStore store = new InMemoryStore();
    private final ArticleExport export = new ArticleExport(store);
    private PortalId bbc;
    private PortalId dw;
    private FeedId bbcFeed;

    @BeforeEach
    void portals() {
        bbc = store.execute(r -> r.portals().save(Portal.create("bbc", "BBC", "https://bbc.example/", "en")).id());
        dw = store.execute(r -> r.portals().save(Portal.create("dw", "DW", "https://dw.example/", "de")).id());
        bbcFeed = store.execute(r -> r.feeds().save(Feed.create(bbc, FeedKind.FEED, "https://bbc.example/rss", null, null)).id());
    }

    private ArticleId article(PortalId portal, String slug, Instant seen, FeedId via) {
        String url = "https://news.example/" + portal.value() + "/" + slug;
        Article article = new Article(null, portal, url, url, "Title " + slug, List.of(), seen, null, "world", "en", null,
                "Body " + slug, null, Integer.toHexString(slug.hashCode()), via, seen, seen, 1);
        return store.execute(r -> r.articles().upsertAll(List.of(article)).get(0).articleId());
    }

    @Test
    void handsOutEveryArticleInIdOrderAcrossPagesWithTheNamesItRefersTo() {
        List<ArticleId> ids = new ArrayList<>();
        for (int i = 0; i < 1_203; i++) {
            ids.add(article(i % 2 == 0 ? bbc : dw, "a" + i, T0.plusSeconds(i), i % 2 == 0 ? bbcFeed : null));
        }
        store.run(r -> {
            var politics = r.categories().findOrCreate(bbc, "politics", "Politics");
            var world = r.categories().findOrCreate(bbc, "world", "World");
            r.articles().linkCategories(ids.get(0), List.of(world.id(), politics.id()));
        });
        List<ExportedArticle> out = new ArrayList<>();

        long written = export.export(new Request(List.of(), null), out::add);

        assertThat(written).isEqualTo(1_203);
        assertThat(out).extracting(e -> e.article().id()).containsExactlyElementsOf(ids);
        assertThat(out.get(0).portal()).isEqualTo("bbc");
        assertThat(out.get(0).source()).isEqualTo("https://bbc.example/rss");
        assertThat(out.get(0).categories()).containsExactly("politics", "world");
        assertThat(out.get(1).portal()).isEqualTo("dw");
        assertThat(out.get(1).source()).isNull();
        assertThat(out.get(1).categories()).isEmpty();
    }

    @Test
    void selectsByPortalAndByWhenLastSeen() {
        article(bbc, "old", T0, null);
        article(bbc, "new", T0.plusSeconds(3_600), null);
        article(dw, "other", T0.plusSeconds(3_600), null);
        List<ExportedArticle> out = new ArrayList<>();

        export.export(new Request(List.of("bbc"), T0.plusSeconds(60)), out::add);

        assertThat(out).extracting(e -> e.article().title()).containsExactly("Title new");
    }

    @Test
    void anUnknownPortalIsAConfigurationErrorNamingTheStoredOnes() {
        assertThatThrownBy(() -> export.export(new Request(List.of("nope"), null), e -> { }))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no stored portal 'nope'").hasMessageContaining("bbc");
    }
}
