package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.query.Condition;
import io.newsaggregator.domain.query.Field;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.domain.query.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The articles a view covers: those whose time on the chosen {@link TimeBasis} lies in
 * {@code [start, end)}; a null {@code end} leaves the window open.
 */
final class WindowArticles {
    static final List<Field<Article, ?>> FIELDS = List.of(ArticleField.ID, ArticleField.PORTAL_ID,
            ArticleField.PUBLISHED_AT, ArticleField.FIRST_SEEN_AT, ArticleField.LANGUAGE, ArticleField.SECTION);

    /** Ids per batched lookup: few statements, bounded memory, far below PostgreSQL's bind limit. */
    private static final int LOOKUP_CHUNK = 1_000;

    private WindowArticles() {
    }

    static <E> List<List<E>> chunks(List<E> items) {
        List<List<E>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += LOOKUP_CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + LOOKUP_CHUNK)));
        }
        return chunks;
    }

    static List<Row<Article>> find(Repositories repos, TimeBasis basis, Instant start, Instant end) {
        if (basis == TimeBasis.FIRST_SEEN) {
            return repos.articles().project(Query.of(Article.class).where(in(ArticleField.FIRST_SEEN_AT, start, end)), FIELDS);
        }
        List<Row<Article>> rows = new ArrayList<>(repos.articles().project(Query.of(Article.class)
                .where(in(ArticleField.PUBLISHED_AT, start, end)), FIELDS));
        rows.addAll(repos.articles().project(Query.of(Article.class).where(ArticleField.PUBLISHED_AT.isNull()
                .and(in(ArticleField.FIRST_SEEN_AT, start, end))), FIELDS));
        return rows;
    }

    private static Condition<Article> in(Field<Article, Instant> field, Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        return end == null ? field.ge(start) : field.ge(start).and(field.lt(end));
    }

    static Instant time(TimeBasis basis, Row<Article> row) {
        return basis.timeOf(row.get(ArticleField.PUBLISHED_AT), row.get(ArticleField.FIRST_SEEN_AT));
    }
}
