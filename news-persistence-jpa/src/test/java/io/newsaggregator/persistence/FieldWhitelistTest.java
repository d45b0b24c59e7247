package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.FeedField;
import io.newsaggregator.domain.model.FeedKind;
import io.newsaggregator.domain.query.Field;
import org.junit.jupiter.api.Test;

/** What the whitelist lets into a query; {@code ConditionTranslatorIT} runs the conditions on PostgreSQL. */
class FieldWhitelistTest {

    @Test
    void fieldsOfAnotherAggregateAreRefusedByTheBuilder() {
        assertThatThrownBy(() -> FieldWhitelist.of(Article.class).plain(
                        (Field<Article, ?>) (Field<?, ?>) FeedField.KIND, "kind"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a field of Article");
        assertThat(JpaFeedRepository.FIELDS.toStore(FeedField.KIND, FeedKind.SITEMAP)).isEqualTo(FeedKind.SITEMAP);
    }

    @Test
    void idRecordsGoInAsTheirNumberAndComeBackAsRecords() {
        assertThat(JpaArticleRepository.FIELDS.toStore(ArticleField.ID, ArticleId.of(42))).isEqualTo(42L);
        assertThat(JpaArticleRepository.FIELDS.binding(ArticleField.ID).fromStore().apply(7L)).isEqualTo(ArticleId.of(7));
        assertThat(JpaArticleRepository.FIELDS.binding(ArticleField.ID).fromStore().apply(null)).isNull();
    }
}
