package io.newsaggregator.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleUrlHeuristicsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.example.com/news/2024/05/12/storm",
            "https://www.example.com/2024/05/storm",
            "https://www.example.com/en/europe/20240512-storm-hits-coast",
            "https://www.example.com/news/world-europe-68912345",
            "https://www.example.com/stories/3123456/",
            "https://www.example.com/world/asia/asia-votes.html",
            "https://www.example.com/news/politics/minister-resigns-after-long-scandal",
            "https://www.example.com/news/world/ukraine-talks-1.7212345"})
    void recognisesArticleUrls(String url) {
        assertThat(ArticleUrlHeuristics.looksLikeArticle(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://www.example.com/",
            "https://www.example.com/world",
            "https://www.example.com/world/europe/",
            "https://www.example.com/tag/climate-change-and-extreme-weather",
            "https://www.example.com/author/jane-doe-senior-editor-at-large",
            "https://www.example.com/topics/2024/05/12/election-coverage",
            "https://www.example.com/video/2024/05/12/watch-the-storm",
            "https://www.example.com/subscribe",
            "https://www.example.com/login?next=/news",
            "https://www.example.com/images/2024/05/12/photo-of-the-storm.jpg",
            "https://www.example.com/s/54249"})
    void rejectsNavigationAndMediaUrls(String url) {
        assertThat(ArticleUrlHeuristics.looksLikeArticle(url)).isFalse();
    }
}
