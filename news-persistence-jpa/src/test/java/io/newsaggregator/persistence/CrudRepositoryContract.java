package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.error.NotFoundException;
import io.newsaggregator.domain.port.out.CrudRepository;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.query.Condition;
import io.newsaggregator.domain.query.Field;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.domain.query.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generic contract every repository must keep, run against the JPA adapter on a real database.
 * A subclass says how to make five aggregates inside a fresh scope (a parent row, a code prefix)
 * whose marker field grows with their number, and which of their fields is null.
 *
 * @param <V> type of the marker field
 */
abstract class CrudRepositoryContract<T, ID, V> extends JpaTestSupport {

    abstract CrudRepository<T, ID> repository(Repositories repositories);

    abstract Class<T> type();

    abstract String typeName();

    /** Makes the parent rows of a new scope; called inside a unit of work before each test's data. */
    abstract void newScope(Repositories repositories);

    /** Number {@code i} (1..5) of the current scope; its marker grows with i; {@link #nullField()} is null. */
    abstract T newAggregate(int i);

    abstract Condition<T> inScope();

    abstract Field<T, V> markerField();

    abstract V markerOf(T aggregate);

    /** A field that is null in every {@link #newAggregate}, or null when the aggregate has none. */
    abstract Field<T, ?> nullField();

    /** A like pattern on the marker matching the whole scope, or null when the marker is not text. */
    abstract String likePattern();

    abstract Field<T, ID> idField();

    abstract ID idOf(T aggregate);

    abstract T withId(T aggregate, ID id);

    abstract ID missingId();

    /** The stored aggregate with some stored state changed. */
    abstract T changed(T stored);

    private T readGetById(ID id) {
        return uow.readOnly(r -> repository(r).getById(id));
    }

    private java.util.Optional<T> readFindById(ID id) {
        return uow.readOnly(r -> repository(r).findById(id));
    }

    private List<T> readFind(Query<T> query) {
        return uow.readOnly(r -> repository(r).find(query));
    }

    private long readCount(Query<T> query) {
        return uow.readOnly(r -> repository(r).count(query));
    }

    private List<Row<T>> readProject(Query<T> query, List<Field<T, ?>> fields) {
        return uow.readOnly(r -> repository(r).project(query, fields));
    }

    private boolean writeDeleteById(ID id) {
        return uow.execute(r -> repository(r).deleteById(id));
    }

    private long writeDelete(Query<T> query) {
        return uow.execute(r -> repository(r).delete(query));
    }

    private T writeUpdate(T aggregate) {
        return uow.execute(r -> repository(r).update(aggregate));
    }

    private List<T> saveFive() {
        return uow.execute(r -> {
            newScope(r);
            List<T> fresh = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                fresh.add(newAggregate(i));
            }
            return repository(r).saveAll(fresh);
        });
    }

    private List<V> markers(List<T> aggregates) {
        return aggregates.stream().map(this::markerOf).toList();
    }

    @Test
    void savesAndReadsBackById() {
        T saved = uow.execute(r -> {
            newScope(r);
            return repository(r).save(newAggregate(1));
        });

        assertThat(idOf(saved)).isNotNull();
        assertThat(saved).isEqualTo(withId(newAggregate(1), idOf(saved)));
        assertThat(readGetById(idOf(saved))).isEqualTo(saved);
        assertThat(readFindById(idOf(saved))).contains(saved);
    }

    @Test
    void getByIdOfMissingIdThrowsNotFoundNamingTypeAndId() {
        ID missing = missingId();

        assertThatThrownBy(() -> readGetById(missing))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(typeName())
                .hasMessageContaining(missing.toString())
                .satisfies(e -> {
                    assertThat(((NotFoundException) e).type()).isEqualTo(typeName());
                    assertThat(((NotFoundException) e).id()).isEqualTo(missing);
                });
        assertThat(readFindById(missing)).isEmpty();
    }

    @Test
    void findsWithConditionSortLimitAndOffset() {
        List<T> saved = saveFive();

        List<T> page = readFind(Query.of(type()).where(inScope())
                .orderBy(markerField().desc()).limit(2).offset(1));

        assertThat(markers(page)).containsExactly(markerOf(saved.get(3)), markerOf(saved.get(2)));
        assertThat(page).containsExactly(saved.get(3), saved.get(2));
    }

    @Test
    void combinesAndOrAndIn() {
        List<T> saved = saveFive();
        Condition<T> firstOrThird = markerField().in(List.of(markerOf(saved.get(0)), markerOf(saved.get(2))));
        Condition<T> fifth = markerField().eq(markerOf(saved.get(4)));

        List<T> found = readFind(Query.of(type())
                .where(inScope().and(firstOrThird.or(fifth))).orderBy(markerField().asc()));

        assertThat(found).containsExactly(saved.get(0), saved.get(2), saved.get(4));
        assertThat(readFind(Query.of(type()).where(inScope().and(markerField().in(List.of())))))
                .as("an empty in() matches nothing").isEmpty();
        assertThat(readCount(Query.of(type())
                .where(inScope().and(markerField().ne(markerOf(saved.get(0))))))).isEqualTo(4);
    }

    @Test
    void matchesLikePatterns() {
        if (likePattern() == null) {
            return; // the marker of this aggregate is not text; like is covered by the others
        }
        List<T> saved = saveFive();
        String pattern = likePattern();
        @SuppressWarnings("unchecked")
        Field<T, String> text = (Field<T, String>) markerField();
        String lastMarker = (String) markerOf(saved.get(4));

        assertThat(readCount(Query.of(type()).where(inScope().and(text.like(pattern)))))
                .isEqualTo(5);
        assertThat(readFind(Query.of(type())
                .where(inScope().and(text.like("%" + lastMarker.substring(lastMarker.length() - 1))))))
                .contains(saved.get(4));
        assertThat(readCount(Query.of(type()).where(inScope().and(text.like("no-such%"))))).isZero();
    }

    @Test
    void matchesNullAndNotNull() {
        saveFive();
        Field<T, ?> nullable = nullField() != null ? nullField() : markerField();
        long expectedNull = nullField() != null ? 5 : 0;

        assertThat(readCount(Query.of(type()).where(inScope().and(nullable.isNull()))))
                .isEqualTo(expectedNull);
        assertThat(readCount(Query.of(type()).where(inScope().and(nullable.isNotNull()))))
                .isEqualTo(5 - expectedNull);
    }

    @Test
    void projectsChosenFields() {
        List<T> saved = saveFive();

        List<Row<T>> rows = readProject(
                Query.of(type()).where(inScope()).orderBy(markerField().asc()).limit(3),
                List.of(idField(), markerField()));

        assertThat(rows).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(rows.get(i).get(idField())).isEqualTo(idOf(saved.get(i)));
            assertThat(rows.get(i).get(markerField())).isEqualTo(markerOf(saved.get(i)));
            assertThat(rows.get(i).asMap()).hasSize(2);
        }
    }

    @Test
    void countsWhatTheConditionMatches() {
        List<T> saved = saveFive();

        assertThat(readCount(Query.of(type()).where(inScope()))).isEqualTo(5);
        assertThat(readCount(Query.of(type()).where(inScope())
                .orderBy(markerField().asc()).limit(1))).as("sort and page are ignored").isEqualTo(5);
        assertThat(readCount(Query.of(type())
                .where(inScope().and(idField().eq(idOf(saved.get(1))))))).isEqualTo(1);
    }

    @Test
    void updatesAStoredAggregate() {
        T saved = saveFive().get(0);
        T changed = changed(saved);
        assertThat(changed).isNotEqualTo(saved);

        T updated = writeUpdate(changed);

        assertThat(updated).isEqualTo(changed);
        assertThat(readGetById(idOf(saved))).isEqualTo(changed);
    }

    @Test
    void updateOfAMissingAggregateThrowsNotFound() {
        T saved = saveFive().get(0);
        T ghost = withId(saved, missingId());

        assertThatThrownBy(() -> writeUpdate(ghost))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(typeName());
    }

    @Test
    void deletesByIdAndByQuery() {
        List<T> saved = saveFive();
        ID first = idOf(saved.get(0));

        assertThat(writeDeleteById(first)).isTrue();
        assertThat(writeDeleteById(first)).isFalse();
        long deleted = writeDelete(Query.of(type())
                .where(inScope().and(markerField().in(List.of(markerOf(saved.get(3)), markerOf(saved.get(4)))))));

        assertThat(deleted).isEqualTo(2);
        assertThat(readFind(Query.of(type()).where(inScope()).orderBy(markerField().asc())))
                .containsExactly(saved.get(1), saved.get(2));
    }
}
