package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.FeedField;
import io.newsaggregator.domain.model.FeedKind;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.query.Condition;
import io.newsaggregator.domain.query.Field;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConditionTranslatorTest {
    private final CriteriaBuilder cb = mock(CriteriaBuilder.class);
    @SuppressWarnings("unchecked")
    private final Root<Object> root = mock(Root.class);
    @SuppressWarnings("unchecked")
    private final Path<Object> path = mock(Path.class);
    private final ConditionTranslator<Article> translator = new ConditionTranslator<>(JpaArticleRepository.FIELDS);

    @BeforeEach
    void paths() {
        when(root.get(anyString())).thenReturn(path);
    }

    @Test
    void idRecordsAreBoundAsTheirLongValue() {
        Predicate expected = mock(Predicate.class);
        when(cb.equal(path, (Object) 42L)).thenReturn(expected);

        Predicate predicate = translator.toPredicate(ArticleField.PORTAL_ID.eq(PortalId.of(42)), cb, root);

        assertThat(predicate).isSameAs(expected);
        verify(root).get("portalId");
    }

    @Test
    void comparisonsUseTheMatchingCriteriaOperator() {
        Instant since = Instant.parse("2026-01-01T00:00:00Z");

        translator.toPredicate(ArticleField.PUBLISHED_AT.ge(since), cb, root);
        translator.toPredicate(ArticleField.REVISION.lt(3), cb, root);

        verify(cb).greaterThanOrEqualTo(any(), eq(since));
        verify(cb).lessThan(any(), eq(3));
    }

    @Test
    void likeBindsThePatternWithBackslashAsEscape() {
        translator.toPredicate(ArticleField.TITLE.like("%'; DROP TABLE article; --%"), cb, root);

        verify(cb).like(any(), eq("%'; DROP TABLE article; --%"), eq('\\'));
    }

    @Test
    void emptyInMatchesNothing() {
        Predicate nothing = mock(Predicate.class);
        when(cb.disjunction()).thenReturn(nothing);

        assertThat(translator.toPredicate(ArticleField.ID.in(List.of()), cb, root)).isSameAs(nothing);
    }

    @Test
    void inConvertsEveryValue() {
        @SuppressWarnings("unchecked")
        CriteriaBuilder.In<Object> in = mock(CriteriaBuilder.In.class);
        when(cb.in(path)).thenReturn(in);

        translator.toPredicate(ArticleField.ID.in(List.of(ArticleId.of(1), ArticleId.of(2))), cb, root);

        verify(in).value(1L);
        verify(in).value(2L);
    }

    @Test
    void andOrAndNullChecksAreTranslatedRecursively() {
        Condition<Article> condition = ArticleField.TITLE.isNull().or(ArticleField.LANGUAGE.isNotNull()
                .and(ArticleField.SECTION.eq("world")));

        translator.toPredicate(condition, cb, root);

        verify(cb).isNull(path);
        verify(cb).isNotNull(path);
        verify(cb).equal(path, (Object) "world");
        verify(cb).and(any(Predicate[].class));
        verify(cb).or(any(Predicate[].class));
    }

    @Test
    void fieldsOutsideTheWhitelistAreRefused() {
        Field<Article, String> sneaky = Field.of(Article.class, "bodyText; drop table article", String.class);

        assertThatThrownBy(() -> translator.toPredicate(sneaky.eq("x"), cb, root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be used in queries of Article");
    }

    @Test
    void fieldsOfAnotherAggregateAreRefusedByTheWhitelistBuilder() {
        assertThatThrownBy(() -> FieldWhitelist.of(Article.class).plain(
                        (Field<Article, ?>) (Field<?, ?>) FeedField.KIND, "kind"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a field of Article");
        assertThat(JpaFeedRepository.FIELDS.toStore(FeedField.KIND, FeedKind.SITEMAP)).isEqualTo(FeedKind.SITEMAP);
    }

    @Test
    void projectionValuesConvertBackToIdRecords() {
        assertThat(JpaArticleRepository.FIELDS.binding(ArticleField.ID).fromStore().apply(7L)).isEqualTo(ArticleId.of(7));
        assertThat(JpaArticleRepository.FIELDS.binding(ArticleField.ID).fromStore().apply(null)).isNull();
    }
}
