package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleUrlShapesTest {
    private static final String SITE = "https://www.bbc.co.uk/news";
    private static final List<String> FEED = List.of(
            "https://www.bbc.co.uk/news/articles/c4gx0j1z8p9o",
            "https://www.bbc.co.uk/news/articles/cz7x1q2w3e4r?at_medium=RSS",
            "https://www.bbc.co.uk/news/articles/c0k9m8n7b6v5",
            "https://www.bbc.co.uk/sport/football/articles/c1a2b3c4d5e6",
            "https://www.bbc.co.uk/sport/tennis/articles/c6f7g8h9j0k1",
            "https://www.bbc.co.uk/sport/golf/articles/c2l3m4n5p6q7",
            "https://www.bbc.co.uk/news/live/c9z8y7x6w5v4");

    private final ArticleUrlShapes shapes = ArticleUrlShapes.learn(FEED, SITE);

    @Test
    void aLinkShapedLikeEnoughKnownArticlesMatches() {
        assertThat(shapes.support("https://www.bbc.co.uk/news/articles/cq1w2e3r4t5y")).isEqualTo(3);
        assertThat(shapes.matches("https://www.bbc.co.uk/news/articles/cq1w2e3r4t5y")).isTrue();
    }

    @Test
    void aShapeSeenLessOftenThanTheMinimumSupportDoesNotMatch() {
        assertThat(shapes.support("https://www.bbc.co.uk/news/live/c1q2w3e4r5t6")).isEqualTo(1);
        assertThat(shapes.matches("https://www.bbc.co.uk/news/live/c1q2w3e4r5t6")).isFalse();
    }

    @Test
    void aLiteralDominatedByOneValueDoesNotVary() {
        assertThat(shapes.matches("https://www.bbc.co.uk/news/video/c3r4t5y6u7i8"))
                .as("'articles' three times and 'live' once name kinds of page, not sections").isFalse();
    }

    @Test
    void oneLiteralSegmentMayVaryOnceSeveralValuesOfItWereSeen() {
        assertThat(shapes.matches("https://www.bbc.co.uk/sport/cricket/articles/c3r4t5y6u7i8")).isTrue();
        assertThat(shapes.matches("https://www.bbc.co.uk/weather/cricket/articles/c3r4t5y6u7i8"))
                .as("two literals differ").isFalse();
    }

    @Test
    void sectionsTagsAndOtherShapesAreNotTaken() {
        assertThat(shapes.matches("https://www.bbc.co.uk/news/world")).isFalse();
        assertThat(shapes.matches("https://www.bbc.co.uk/news/topics/c4gx0j1z8p9o")).isFalse();
        assertThat(shapes.matches("https://www.bbc.co.uk/news/articles")).isFalse();
        assertThat(shapes.matches("https://www.bbc.co.uk/news/articles/c4gx0j1z8p9o/comments")).isFalse();
    }

    @Test
    void duplicatesCountOnceAndOtherSitesAreIgnored() {
        ArticleUrlShapes repeated = ArticleUrlShapes.learn(List.of(
                "https://www.bbc.co.uk/news/articles/c4gx0j1z8p9o",
                "https://www.bbc.co.uk/news/articles/c4gx0j1z8p9o?at_medium=RSS",
                "https://www.bbc.co.uk/news/articles/c4gx0j1z8p9o/",
                "https://other.example/news/articles/c1a2b3c4d5e6",
                "https://other.example/news/articles/c6f7g8h9j0k1"), SITE);

        assertThat(repeated.support("https://www.bbc.co.uk/news/articles/cq1w2e3r4t5y")).isEqualTo(1);
    }

    @Test
    void shapesMadeOfWordsAndShortSlugsAreNeverLearned() {
        ArticleUrlShapes sections = ArticleUrlShapes.learn(List.of(
                "https://x.test/news/world-europe", "https://x.test/news/uk-politics", "https://x.test/news/science-environment",
                "https://x.test/news/business", "https://x.test/news/health", "https://x.test/news/technology"), "https://x.test/");

        assertThat(sections.isEmpty()).isTrue();
        assertThat(sections.matches("https://x.test/news/arts-culture")).isFalse();
        assertThat(sections.matches("https://x.test/news/education")).isFalse();
    }

    @Test
    void tagTopicAndAuthorPagesASitemapListsTeachNoShape() {
        ArticleUrlShapes fromSitemap = ArticleUrlShapes.learn(List.of(
                "https://x.test/news/topics/c1a2b3c4d5e6", "https://x.test/news/topics/c6f7g8h9j0k1",
                "https://x.test/news/topics/c2l3m4n5p6q7", "https://x.test/author/c3r4t5y6u7i8",
                "https://x.test/author/c4r5t6y7u8i9", "https://x.test/author/c5r6t7y8u9i0"), "https://x.test/");

        assertThat(fromSitemap.matches("https://x.test/news/topics/c9z8y7x6w5v4")).isFalse();
        assertThat(fromSitemap.matches("https://x.test/author/c9z8y7x6w5v4")).isFalse();
    }

    @Test
    void withoutKnownArticlesNothingMatches() {
        assertThat(ArticleUrlShapes.learn(List.of(), SITE).matches("https://www.bbc.co.uk/news/articles/c4gx0j1z8p9o")).isFalse();
    }
}
