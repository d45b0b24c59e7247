package io.newsaggregator.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.PortalId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {

    @Test
    void andOfAndsIsFlattened() {
        Condition<Article> c = ArticleField.TITLE.eq("a").and(ArticleField.SECTION.eq("b")).and(ArticleField.LANGUAGE.isNull());

        assertThat(c).isInstanceOfSatisfying(Condition.And.class, and -> assertThat(and.parts()).hasSize(3));
    }

    @Test
    void whereTwiceCombinesWithAnd() {
        Query<Article> q = Query.of(Article.class).where(ArticleField.TITLE.eq("a")).where(ArticleField.SECTION.eq("b"));

        assertThat(q.condition()).get().isInstanceOf(Condition.And.class);
    }

    @Test
    void refusesAValueOfTheWrongType() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Field<Article, Object> raw = (Field) ArticleField.PUBLISHED_AT;

        assertThatThrownBy(() -> raw.eq("2024-01-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Article.publishedAt must be Instant");
    }

    @Test
    void refusesNullValuesAndPointsToIsNull() {
        assertThatThrownBy(() -> ArticleField.TITLE.eq(null)).hasMessageContaining("isNull()");
    }

    @Test
    void likeOnlyOnText() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Field<Article, String> notText = (Field) ArticleField.PUBLISHED_AT;

        assertThatThrownBy(() -> notText.like("%x%")).hasMessageContaining("text field");
    }

    @Test
    void pagesAndSortsAreKept() {
        Query<Article> q = Query.of(Article.class)
                .where(ArticleField.PORTAL_ID.in(List.of(new PortalId(1), new PortalId(2))))
                .orderBy(ArticleField.PUBLISHED_AT.desc(), ArticleField.ID.asc())
                .limit(10).offset(20);

        assertThat(q.sorts()).extracting(Sort::direction).containsExactly(Sort.Direction.DESC, Sort.Direction.ASC);
        assertThat(q.limit()).contains(10);
        assertThat(q.offset()).isEqualTo(20);
        assertThatThrownBy(() -> q.limit(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsGiveTypedValuesOfProjectedFieldsOnly() {
        Row<Article> row = new Row<>(java.util.Map.of(ArticleField.PUBLISHED_AT, Instant.EPOCH));

        assertThat(row.get(ArticleField.PUBLISHED_AT)).isEqualTo(Instant.EPOCH);
        assertThatThrownBy(() -> row.get(ArticleField.TITLE)).hasMessageContaining("not projected");
    }
}
