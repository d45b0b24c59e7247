package io.newsaggregator.domain.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.error.DataAccessException;
import io.newsaggregator.domain.error.DataIntegrityException;
import io.newsaggregator.domain.error.DuplicateException;
import io.newsaggregator.domain.error.NotFoundException;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.ArticleRevision;
import io.newsaggregator.domain.model.ArticleRevisionField;
import io.newsaggregator.domain.model.ArticleRevisionId;
import io.newsaggregator.domain.model.Category;
import io.newsaggregator.domain.model.CategoryField;
import io.newsaggregator.domain.model.CategoryId;
import io.newsaggregator.domain.model.ContentHash;
import io.newsaggregator.domain.model.DiscoveredLink;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedField;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.FeedKind;
import io.newsaggregator.domain.model.FetchErrorClass;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventField;
import io.newsaggregator.domain.model.FetchEventId;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.FetchTarget;
import io.newsaggregator.domain.model.FrontierEntry;
import io.newsaggregator.domain.model.FrontierEntryId;
import io.newsaggregator.domain.model.FrontierStatus;
import io.newsaggregator.domain.model.IngestCounts;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunField;
import io.newsaggregator.domain.model.IngestRunId;
import io.newsaggregator.domain.model.IngestRunStatus;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalField;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.CrudRepository;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.query.Condition;
import io.newsaggregator.domain.query.Field;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.domain.query.Row;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generic {@link CrudRepository} contract and the rollback {@link UnitOfWork} promises, for
 * every aggregate with a generic repository, run against the in-memory fake and against the JPA
 * adapter on PostgreSQL. Each test works in a fresh scope (a parent row, a code prefix, an hour of
 * its own), so a store that keeps what earlier tests wrote passes as well as an empty one.
 */
public abstract class CrudContract {
    static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");
    private static final AtomicInteger SCOPES = new AtomicInteger();

    private UnitOfWork store;

    /** The store under test; called before each test, may return the same store each time. */
    protected abstract UnitOfWork store();

    @BeforeEach
    void openStore() {
        store = store();
    }

    static Stream<Kind<?, ?, ?>> kinds() {
        return Stream.of(new Portals(), new Categories(), new Feeds(), new Articles(), new Revisions(), new Events(),
                new Runs());
    }

    // ---- what the store must do

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void savesAndReadsBackById(Kind<T, ID, V> kind) {
        T saved = store.execute(r -> {
            kind.newScope(r);
            return kind.repository(r).save(kind.newAggregate(1));
        });

        assertThat(kind.idOf(saved)).isNotNull();
        assertThat(saved).isEqualTo(kind.withId(kind.newAggregate(1), kind.idOf(saved)));
        assertThat(getById(kind, kind.idOf(saved))).isEqualTo(saved);
        assertThat(findById(kind, kind.idOf(saved))).contains(saved);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void saveAllGivesEachItsOwnIdInTheGivenOrder(Kind<T, ID, V> kind) {
        List<T> saved = saveFive(kind);

        assertThat(saved).hasSize(5);
        assertThat(saved.stream().map(kind::idOf).distinct()).hasSize(5).doesNotContainNull();
        for (int i = 0; i < 5; i++) {
            assertThat(saved.get(i)).isEqualTo(kind.withId(kind.newAggregate(i + 1), kind.idOf(saved.get(i))));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void getByIdOfAMissingIdThrowsNotFoundNamingTypeAndId(Kind<T, ID, V> kind) {
        ID missing = kind.missingId();

        assertThatThrownBy(() -> getById(kind, missing))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(kind.typeName())
                .hasMessageContaining(missing.toString())
                .satisfies(e -> {
                    assertThat(((NotFoundException) e).type()).isEqualTo(kind.typeName());
                    assertThat(((NotFoundException) e).id()).isEqualTo(missing);
                });
        assertThat(findById(kind, missing)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void findsWithConditionSortLimitAndOffset(Kind<T, ID, V> kind) {
        List<T> saved = saveFive(kind);

        List<T> page = find(kind, Query.of(kind.type()).where(kind.inScope())
                .orderBy(kind.markerField().desc()).limit(2).offset(1));

        assertThat(page).containsExactly(saved.get(3), saved.get(2));
        assertThat(find(kind, Query.of(kind.type()).where(kind.inScope()).orderBy(kind.markerField().asc()).offset(3)))
                .containsExactly(saved.get(3), saved.get(4));
        assertThat(find(kind, Query.of(kind.type()).where(kind.inScope()).offset(5))).as("past the end").isEmpty();
        assertThat(find(kind, Query.of(kind.type()).where(kind.inScope()).limit(0))).as("limit 0").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void tiesInTheSortAreBrokenByIdSoPagesAreStable(Kind<T, ID, V> kind) {
        List<T> saved = saveFive(kind);
        Field<T, ?> same = kind.nullField() != null ? kind.nullField() : kind.idField();

        List<T> firstPage = find(kind, Query.of(kind.type()).where(kind.inScope()).orderBy(same.asc()).limit(3));
        List<T> secondPage = find(kind, Query.of(kind.type()).where(kind.inScope()).orderBy(same.asc()).offset(3));

        assertThat(firstPage).containsExactly(saved.get(0), saved.get(1), saved.get(2));
        assertThat(secondPage).containsExactly(saved.get(3), saved.get(4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void combinesAndOrInAndNe(Kind<T, ID, V> kind) {
        List<T> saved = saveFive(kind);
        Condition<T> firstOrThird = kind.markerField().in(List.of(kind.markerOf(saved.get(0)), kind.markerOf(saved.get(2))));
        Condition<T> fifth = kind.markerField().eq(kind.markerOf(saved.get(4)));

        assertThat(find(kind, Query.of(kind.type())
                .where(kind.inScope().and(firstOrThird.or(fifth))).orderBy(kind.markerField().asc())))
                .containsExactly(saved.get(0), saved.get(2), saved.get(4));
        assertThat(find(kind, Query.of(kind.type()).where(kind.inScope().and(kind.markerField().in(List.of())))))
                .as("an empty in() matches nothing").isEmpty();
        assertThat(count(kind, Query.of(kind.type())
                .where(kind.inScope().and(kind.markerField().ne(kind.markerOf(saved.get(0))))))).isEqualTo(4);
        assertThat(find(kind, Query.of(kind.type())
                .where(kind.inScope().and(kind.idField().in(List.of(kind.idOf(saved.get(1)), kind.missingId()))))))
                .containsExactly(saved.get(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void comparesOrderedValues(Kind<T, ID, V> kind) {
        List<T> saved = saveFive(kind);
        V third = kind.markerOf(saved.get(2));
        Field<T, V> marker = kind.markerField();

        assertThat(find(kind, Query.of(kind.type()).where(kind.inScope().and(marker.lt(third))).orderBy(marker.asc())))
                .containsExactly(saved.get(0), saved.get(1));
        assertThat(count(kind, Query.of(kind.type()).where(kind.inScope().and(marker.le(third))))).isEqualTo(3);
        assertThat(find(kind, Query.of(kind.type()).where(kind.inScope().and(marker.gt(third))).orderBy(marker.asc())))
                .containsExactly(saved.get(3), saved.get(4));
        assertThat(count(kind, Query.of(kind.type()).where(kind.inScope().and(marker.ge(third))))).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void matchesLikePatternsCaseSensitivelyWithBackslashEscapes(Kind<T, ID, V> kind) {
        if (kind.markerField().type() != String.class) {
            return; // like needs a text field; the text markers cover it
        }
        List<T> saved = saveFive(kind);
        @SuppressWarnings("unchecked")
        Field<T, String> text = (Field<T, String>) kind.markerField();
        String last = (String) kind.markerOf(saved.get(4));

        assertThat(count(kind, Query.of(kind.type()).where(kind.inScope().and(text.like("%"))))).isEqualTo(5);
        assertThat(find(kind, Query.of(kind.type()).where(kind.inScope()
                .and(text.like(last.substring(0, last.length() - 1) + "_"))).orderBy(text.asc())))
                .containsExactlyElementsOf(saved);
        assertThat(find(kind, Query.of(kind.type()).where(kind.inScope().and(text.like("%" + last.charAt(last.length() - 1))))))
                .containsExactly(saved.get(4));
        assertThat(find(kind, Query.of(kind.type()).where(kind.inScope().and(text.like(escapedEveryCharacter(last))))))
                .as("a backslash takes the next character literally").containsExactly(saved.get(4));
        assertThat(count(kind, Query.of(kind.type()).where(kind.inScope().and(text.like("%\\_%"))))).isZero();
        assertThat(count(kind, Query.of(kind.type()).where(kind.inScope().and(text.like("%\\%"))))).isZero();
        assertThat(count(kind, Query.of(kind.type()).where(kind.inScope().and(text.like(last.toUpperCase(java.util.Locale.ROOT))))))
                .as("like is case-sensitive").isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void matchesNullAndNotNull(Kind<T, ID, V> kind) {
        saveFive(kind);
        Field<T, ?> nullable = kind.nullField() != null ? kind.nullField() : kind.markerField();
        long expectedNull = kind.nullField() != null ? 5 : 0;

        assertThat(count(kind, Query.of(kind.type()).where(kind.inScope().and(nullable.isNull())))).isEqualTo(expectedNull);
        assertThat(count(kind, Query.of(kind.type()).where(kind.inScope().and(nullable.isNotNull()))))
                .isEqualTo(5 - expectedNull);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void projectsChosenFields(Kind<T, ID, V> kind) {
        List<T> saved = saveFive(kind);

        List<Row<T>> rows = store.readOnly(r -> kind.repository(r).project(
                Query.of(kind.type()).where(kind.inScope()).orderBy(kind.markerField().asc()).limit(3),
                List.of(kind.idField(), kind.markerField())));

        assertThat(rows).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(rows.get(i).get(kind.idField())).isEqualTo(kind.idOf(saved.get(i)));
            assertThat(rows.get(i).get(kind.markerField())).isEqualTo(kind.markerOf(saved.get(i)));
            assertThat(rows.get(i).asMap()).hasSize(2);
        }
        assertThatThrownBy(() -> store.readOnly(r -> kind.repository(r).project(Query.of(kind.type()), List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void everyDeclaredFieldCanBeFilteredSortedAndProjected(Kind<T, ID, V> kind) {
        List<T> saved = saveFive(kind);

        for (Field<T, ?> field : declaredFields(kind)) {
            Query<T> query = Query.of(kind.type()).where(kind.inScope().and(field.isNull().or(field.isNotNull())))
                    .orderBy(field.desc());
            assertThat(find(kind, query)).as("%s", field).hasSize(5).containsExactlyInAnyOrderElementsOf(saved);
            assertThat(store.<List<Row<T>>>readOnly(r -> kind.repository(r).project(query, List.of(field)))).as("%s", field).hasSize(5);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void countsWhatTheConditionMatches(Kind<T, ID, V> kind) {
        List<T> saved = saveFive(kind);

        assertThat(count(kind, Query.of(kind.type()).where(kind.inScope()))).isEqualTo(5);
        assertThat(count(kind, Query.of(kind.type()).where(kind.inScope()).orderBy(kind.markerField().asc()).limit(1).offset(2)))
                .as("sort and page are ignored").isEqualTo(5);
        assertThat(count(kind, Query.of(kind.type())
                .where(kind.inScope().and(kind.idField().eq(kind.idOf(saved.get(1))))))).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void updatesAStoredAggregate(Kind<T, ID, V> kind) {
        List<T> saved = saveFive(kind);
        T changed = kind.changed(saved.get(0));
        assertThat(changed).isNotEqualTo(saved.get(0));

        T updated = store.execute(r -> kind.repository(r).update(changed));

        assertThat(updated).isEqualTo(changed);
        assertThat(getById(kind, kind.idOf(changed))).isEqualTo(changed);
        assertThat(getById(kind, kind.idOf(saved.get(1)))).as("the others stay").isEqualTo(saved.get(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void updateOfAMissingAggregateThrowsNotFound(Kind<T, ID, V> kind) {
        T ghost = kind.withId(saveFive(kind).get(0), kind.missingId());

        assertThatThrownBy(() -> store.execute(r -> kind.repository(r).update(ghost)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(kind.typeName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void saveTakesOnlyNewAggregatesAndUpdateOnlyStoredOnes(Kind<T, ID, V> kind) {
        T stored = saveFive(kind).get(0);

        assertThatThrownBy(() -> store.execute(r -> kind.repository(r).save(stored)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(kind.typeName());
        assertThatThrownBy(() -> store.execute(r -> kind.repository(r).saveAll(List.of(kind.newAggregate(6), stored))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.execute(r -> kind.repository(r).update(kind.withId(stored, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(kind.typeName());
        assertThat(count(kind, Query.of(kind.type()).where(kind.inScope()))).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void deletesByIdAndByQuery(Kind<T, ID, V> kind) {
        List<T> saved = saveFive(kind);
        ID first = kind.idOf(saved.get(0));

        assertThat(store.<Boolean>execute(r -> kind.repository(r).deleteById(first))).isTrue();
        assertThat(store.<Boolean>execute(r -> kind.repository(r).deleteById(first))).isFalse();
        long deleted = store.execute(r -> kind.repository(r).delete(Query.of(kind.type()).where(kind.inScope()
                .and(kind.markerField().in(List.of(kind.markerOf(saved.get(3)), kind.markerOf(saved.get(4))))))));

        assertThat(deleted).isEqualTo(2);
        assertThat(find(kind, Query.of(kind.type()).where(kind.inScope()).orderBy(kind.markerField().asc())))
                .containsExactly(saved.get(1), saved.get(2));
        assertThat(findById(kind, first)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void aDuplicateKeyIsRefusedAsDuplicateNamingTheConstraint(Kind<T, ID, V> kind) {
        if (kind.uniqueConstraint() == null) {
            return; // nothing of this aggregate is unique but its id
        }
        List<T> saved = saveFive(kind);
        T copy = kind.withKeyOf(kind.newAggregate(6), saved.get(0));

        assertThatThrownBy(() -> store.execute(r -> kind.repository(r).save(copy)))
                .isInstanceOf(DuplicateException.class)
                .hasMessageContaining(kind.typeName())
                .satisfies(e -> assertThat(((DuplicateException) e).constraint()).hasValueSatisfying(
                        constraint -> assertThat(constraint).endsWith(kind.uniqueConstraint())));
        T clash = kind.withKeyOf(saved.get(1), saved.get(0));
        assertThatThrownBy(() -> store.execute(r -> kind.repository(r).update(clash)))
                .isInstanceOf(DuplicateException.class)
                .hasMessageContaining(kind.typeName());

        assertThat(find(kind, Query.of(kind.type()).where(kind.inScope()).orderBy(kind.markerField().asc())))
                .containsExactlyElementsOf(saved);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void aReferenceToAMissingParentIsRefusedAsDataIntegrity(Kind<T, ID, V> kind) {
        if (kind.referenceConstraint() == null) {
            return; // the aggregate refers to nothing
        }
        store.run(kind::newScope);
        T orphan = kind.orphan();

        assertThatThrownBy(() -> store.execute(r -> kind.repository(r).save(orphan)))
                .isInstanceOf(DataIntegrityException.class)
                .isNotInstanceOf(DuplicateException.class)
                .hasMessageContaining(kind.typeName())
                .satisfies(e -> assertThat(((DataIntegrityException) e).constraint()).hasValueSatisfying(
                        constraint -> assertThat(constraint).endsWith(kind.referenceConstraint())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void deletingTheParentDeletesWhatRefersToIt(Kind<T, ID, V> kind) {
        if (kind.referenceConstraint() == null) {
            return;
        }
        saveFive(kind);

        store.run(kind::deleteParent);

        assertThat(count(kind, Query.of(kind.type()).where(kind.inScope()))).isZero();
    }

    /**
     * Where the schema says {@code ON DELETE SET NULL} (an article's and a fetch event's feed, a
     * frontier entry's source and the run that leases it), deleting the parent keeps the rows and
     * clears their reference.
     */
    @Test
    void deletingAFeedOrARunKeepsWhatReferredToItWithoutTheReference() {
        record Saved(FeedId feed, IngestRunId run, ArticleId article, FetchEventId event, FrontierEntryId entry) {
        }
        Saved saved = store.execute(r -> {
            PortalId portal = r.portals().save(Portal.create(unique("portal"), "Portal", "https://example.org/", "en")).id();
            FeedId feed = r.feeds().save(Feed.create(portal, FeedKind.FEED, "https://example.org/feed", null, null)).id();
            IngestRunId run = r.ingestRuns().save(IngestRun.start(T0)).id();
            Article plain = article(portal, "https://example.org/news/via-feed", "Via feed", T0);
            ArticleId article = r.articles().save(new Article(null, portal, plain.canonicalUrl(), plain.url(), plain.title(),
                    plain.authors(), plain.publishedAt(), null, plain.section(), plain.language(), plain.lead(), plain.bodyText(),
                    plain.imageUrl(), plain.contentHash(), feed, T0, T0, 1)).id();
            FetchEventId event = r.fetchEvents().save(new FetchEvent(null, null, portal, feed, FetchTarget.FEED,
                    "https://example.org/feed", 200, 1000, 20, FetchOutcome.OK, null, null, T0)).id();
            String queued = "https://example.org/news/queued";
            FrontierEntryId entry = r.frontier().save(FrontierEntry.pending(portal, feed, queued,
                            new DiscoveredLink(queued, "Queued", null, List.of()), List.of(), T0)
                    .withState(FrontierStatus.LEASED, 1, T0, run, T0.plus(Duration.ofMinutes(10)), T0, null)).id();
            return new Saved(feed, run, article, event, entry);
        });

        store.run(r -> r.feeds().deleteById(saved.feed()));

        store.run(r -> {
            assertThat(r.articles().getById(saved.article()).discoveredVia()).isNull();
            assertThat(r.fetchEvents().getById(saved.event()).feedId()).isNull();
            FrontierEntry entry = r.frontier().getById(saved.entry());
            assertThat(entry.sourceId()).isNull();
            assertThat(entry.leasedBy()).isEqualTo(saved.run());
        });

        store.run(r -> r.ingestRuns().deleteById(saved.run()));

        assertThat(store.<FrontierEntry>readOnly(r -> r.frontier().getById(saved.entry())).leasedBy()).isNull();
    }

    // ---- the unit of work

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void aUnitOfWorkThatThrowsLeavesNothingWritten(Kind<T, ID, V> kind) {
        List<T> saved = saveFive(kind);
        IllegalStateException failure = new IllegalStateException("the work failed");

        assertThatThrownBy(() -> store.run(r -> {
            CrudRepository<T, ID> repo = kind.repository(r);
            repo.save(kind.newAggregate(6));
            repo.update(kind.changed(saved.get(0)));
            repo.deleteById(kind.idOf(saved.get(1)));
            repo.delete(Query.of(kind.type()).where(kind.inScope().and(kind.markerField().eq(kind.markerOf(saved.get(4))))));
            assertThat(repo.count(Query.of(kind.type()).where(kind.inScope()))).as("seen inside the unit").isEqualTo(4);
            throw failure;
        })).isSameAs(failure);

        assertThat(find(kind, Query.of(kind.type()).where(kind.inScope()).orderBy(kind.markerField().asc())))
                .containsExactlyElementsOf(saved);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void aUnitRefusedByTheStoreLeavesNothingWrittenEitherNotEvenItsParents(Kind<T, ID, V> kind) {
        if (kind.uniqueConstraint() == null) {
            return;
        }
        assertThatThrownBy(() -> store.run(r -> {
            kind.newScope(r);
            T first = kind.repository(r).save(kind.newAggregate(1));
            kind.repository(r).save(kind.withKeyOf(kind.newAggregate(2), first));
        })).isInstanceOf(DuplicateException.class);

        assertThat(count(kind, Query.of(kind.type()).where(kind.inScope()))).isZero();
        assertThat(kind.scopeWasRolledBack(store)).as("the parent rows of the scope are gone too").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    <T, ID, V> void aReadOnlyUnitRefusesWritesAndKeepsNothingOfThem(Kind<T, ID, V> kind) {
        List<T> saved = saveFive(kind);

        assertThatThrownBy(() -> store.readOnly(r -> kind.repository(r).save(kind.newAggregate(6))))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> store.readOnly(r -> kind.repository(r).deleteById(kind.idOf(saved.get(1)))))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> store.readOnly(r -> kind.repository(r).delete(Query.of(kind.type()).where(kind.inScope()))))
                .isInstanceOf(DataAccessException.class);

        assertThat(find(kind, Query.of(kind.type()).where(kind.inScope()).orderBy(kind.markerField().asc())))
                .containsExactlyElementsOf(saved);
    }

    @Test
    void aNestedUnitJoinsTheOuterOneAndFailsWithIt() {
        Portals kind = new Portals();
        assertThatThrownBy(() -> store.run(outer -> {
            kind.newScope(outer);
            store.run(inner -> inner.portals().save(kind.newAggregate(1)));
            assertThat(outer.portals().count(Query.of(Portal.class).where(kind.inScope()))).isEqualTo(1);
            throw new IllegalStateException("the outer work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.<Long>readOnly(r -> r.portals().count(Query.of(Portal.class).where(kind.inScope())))).isZero();
    }

    @Test
    void aWritingUnitCannotStartInsideAReadOnlyOne() {
        assertThatThrownBy(() -> store.readOnly(r -> store.execute(w -> w.portals().count(Query.of(Portal.class)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("readOnly");
    }

    // ---- helpers

    private <T, ID, V, R> R read(Kind<T, ID, V> kind, java.util.function.Function<CrudRepository<T, ID>, R> reading) {
        return store.readOnly(r -> reading.apply(kind.repository(r)));
    }

    private <T, ID, V> T getById(Kind<T, ID, V> kind, ID id) {
        return store.readOnly(r -> kind.repository(r).getById(id));
    }

    private <T, ID, V> java.util.Optional<T> findById(Kind<T, ID, V> kind, ID id) {
        return store.readOnly(r -> kind.repository(r).findById(id));
    }

    private <T, ID, V> List<T> find(Kind<T, ID, V> kind, Query<T> query) {
        return read(kind, repo -> repo.find(query));
    }

    private <T, ID, V> long count(Kind<T, ID, V> kind, Query<T> query) {
        return read(kind, repo -> repo.count(query));
    }

    private <T, ID, V> List<T> saveFive(Kind<T, ID, V> kind) {
        return store.execute(r -> {
            kind.newScope(r);
            List<T> fresh = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                fresh.add(kind.newAggregate(i));
            }
            return kind.repository(r).saveAll(fresh);
        });
    }

    private static String escapedEveryCharacter(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(ch -> escaped.append('\\').append((char) ch));
        return escaped.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Field<T, ?>> declaredFields(Kind<T, ?, ?> kind) {
        return Arrays.stream(kind.fieldsClass().getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Field.class.isAssignableFrom(f.getType()))
                .<Field<T, ?>>map(f -> {
                    try {
                        return (Field<T, ?>) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    static String unique(String base) {
        return base + "-" + SCOPES.incrementAndGet();
    }

    static Article article(PortalId portal, String canonicalUrl, String title, Instant seenAt) {
        String lead = "Lead of " + title;
        String body = "Body of " + title;
        return new Article(null, portal, canonicalUrl, canonicalUrl + "?utm=x", title, List.of("A. Writer", "B. Editor"),
                seenAt.minusSeconds(3600), null, "world", "en", lead, body, "https://example.org/img.jpg",
                ContentHash.of(title, lead, body), null, seenAt, seenAt, 1);
    }

    // ---- the aggregates

    /**
     * How to make five aggregates of one type in a fresh scope, aggregate {@code i} with a marker that
     * grows with {@code i}.
     *
     * @param <V> type of the marker field
     */
    abstract static class Kind<T, ID, V> {
        abstract CrudRepository<T, ID> repository(Repositories repositories);

        abstract Class<T> type();

        abstract String typeName();

        abstract Class<?> fieldsClass();

        /** Makes the parent rows of a new scope; called inside a unit of work before its aggregates are saved. */
        abstract void newScope(Repositories repositories);

        /** Whether the parent rows of the last scope are absent, when a unit that made them was rolled back. */
        abstract boolean scopeWasRolledBack(UnitOfWork store);

        /** Number {@code i} (1..6) of the current scope; its marker grows with i; {@link #nullField()} is null. */
        abstract T newAggregate(int i);

        abstract Condition<T> inScope();

        abstract Field<T, V> markerField();

        abstract V markerOf(T aggregate);

        /** A field that is null in every {@link #newAggregate}, or null when the aggregate has none. */
        abstract Field<T, ?> nullField();

        abstract Field<T, ID> idField();

        abstract ID idOf(T aggregate);

        abstract T withId(T aggregate, ID id);

        ID missingId() {
            return newId(987_654_321L);
        }

        abstract ID newId(long value);

        /** The stored aggregate with some stored state changed (its unique key kept). */
        abstract T changed(T stored);

        /** The unique constraint besides the id, without table prefix; null when there is none. */
        String uniqueConstraint() {
            return null;
        }

        /** {@code target} with the unique key of {@code source}. */
        T withKeyOf(T target, T source) {
            throw new UnsupportedOperationException(typeName() + " has no unique key");
        }

        /** The foreign key {@link #orphan()} breaks, without table prefix; null when the aggregate refers to nothing. */
        String referenceConstraint() {
            return null;
        }

        /** Deletes the parent row of the current scope (only called when there is a {@link #referenceConstraint()}). */
        void deleteParent(Repositories repositories) {
            throw new UnsupportedOperationException(typeName() + " refers to nothing");
        }

        /** A new aggregate of the scope whose parent is missing. */
        T orphan() {
            throw new UnsupportedOperationException(typeName() + " refers to nothing");
        }

        @Override
        public String toString() {
            return typeName();
        }
    }

    /** An aggregate whose scope is a new portal. */
    abstract static class InPortal<T, ID, V> extends Kind<T, ID, V> {
        PortalId portal;

        @Override
        void newScope(Repositories r) {
            portal = r.portals().save(Portal.create(unique("portal"), "Portal", "https://example.org/", "en")).id();
        }

        @Override
        boolean scopeWasRolledBack(UnitOfWork store) {
            return store.readOnly(r -> r.portals().findById(portal)).isEmpty();
        }

        @Override
        void deleteParent(Repositories r) {
            r.portals().deleteById(portal);
        }

        static final PortalId MISSING_PORTAL = PortalId.of(987_654_321L);
    }

    static final class Portals extends Kind<Portal, PortalId, String> {
        private String scope;

        @Override CrudRepository<Portal, PortalId> repository(Repositories r) { return r.portals(); }
        @Override Class<Portal> type() { return Portal.class; }
        @Override String typeName() { return "Portal"; }
        @Override Class<?> fieldsClass() { return PortalField.class; }
        @Override void newScope(Repositories r) { scope = unique("p"); }
        @Override boolean scopeWasRolledBack(UnitOfWork store) { return true; }
        @Override Portal newAggregate(int i) { return Portal.create(scope + "-" + i, "Portal " + i, "https://example.org/" + i, null); }
        @Override Condition<Portal> inScope() { return PortalField.CODE.like(scope + "-%"); }
        @Override Field<Portal, String> markerField() { return PortalField.CODE; }
        @Override String markerOf(Portal p) { return p.code(); }
        @Override Field<Portal, ?> nullField() { return PortalField.LANGUAGE; }
        @Override Field<Portal, PortalId> idField() { return PortalField.ID; }
        @Override PortalId idOf(Portal p) { return p.id(); }
        @Override Portal withId(Portal p, PortalId id) { return p.withId(id); }
        @Override PortalId newId(long value) { return PortalId.of(value); }
        @Override Portal changed(Portal p) { return new Portal(p.id(), p.code(), "Renamed", "https://example.com/", "de"); }
        @Override String uniqueConstraint() { return "portal_code_uk"; }
        @Override Portal withKeyOf(Portal t, Portal s) { return new Portal(t.id(), s.code(), t.name(), t.homepage(), t.language()); }
    }

    static final class Categories extends InPortal<Category, CategoryId, String> {
        @Override CrudRepository<Category, CategoryId> repository(Repositories r) { return r.categories(); }
        @Override Class<Category> type() { return Category.class; }
        @Override String typeName() { return "Category"; }
        @Override Class<?> fieldsClass() { return CategoryField.class; }
        @Override Category newAggregate(int i) { return Category.create(portal, "section-" + i, "Section " + i); }
        @Override Condition<Category> inScope() { return CategoryField.PORTAL_ID.eq(portal); }
        @Override Field<Category, String> markerField() { return CategoryField.CODE; }
        @Override String markerOf(Category c) { return c.code(); }
        @Override Field<Category, ?> nullField() { return null; }
        @Override Field<Category, CategoryId> idField() { return CategoryField.ID; }
        @Override CategoryId idOf(Category c) { return c.id(); }
        @Override Category withId(Category c, CategoryId id) { return c.withId(id); }
        @Override CategoryId newId(long value) { return CategoryId.of(value); }
        @Override Category changed(Category c) { return new Category(c.id(), c.portalId(), c.code(), "Renamed"); }
        @Override String uniqueConstraint() { return "category_portal_code_uk"; }
        @Override Category withKeyOf(Category t, Category s) { return new Category(t.id(), s.portalId(), s.code(), t.name()); }
        @Override String referenceConstraint() { return "category_portal_fk"; }
        @Override Category orphan() { return Category.create(MISSING_PORTAL, "section-1", "Section 1"); }
    }

    static final class Feeds extends InPortal<Feed, FeedId, String> {
        @Override CrudRepository<Feed, FeedId> repository(Repositories r) { return r.feeds(); }
        @Override Class<Feed> type() { return Feed.class; }
        @Override String typeName() { return "Feed"; }
        @Override Class<?> fieldsClass() { return FeedField.class; }
        @Override Feed newAggregate(int i) { return Feed.create(portal, FeedKind.values()[i % 3], "https://example.org/feed/" + i, null, null); }
        @Override Condition<Feed> inScope() { return FeedField.PORTAL_ID.eq(portal); }
        @Override Field<Feed, String> markerField() { return FeedField.URL; }
        @Override String markerOf(Feed f) { return f.url(); }
        @Override Field<Feed, ?> nullField() { return FeedField.QUARANTINED_UNTIL; }
        @Override Field<Feed, FeedId> idField() { return FeedField.ID; }
        @Override FeedId idOf(Feed f) { return f.id(); }
        @Override Feed withId(Feed f, FeedId id) { return f.withId(id); }
        @Override FeedId newId(long value) { return FeedId.of(value); }
        @Override String uniqueConstraint() { return "feed_portal_url_uk"; }
        @Override String referenceConstraint() { return "feed_portal_fk"; }
        @Override Feed orphan() { return Feed.create(MISSING_PORTAL, FeedKind.FEED, "https://example.org/feed/1", null, null); }

        @Override
        Feed changed(Feed f) {
            return f.failed(T0, "HTTP 503 from https://example.org/feed", 1, Duration.ofMinutes(5), Duration.ofHours(1));
        }

        @Override
        Feed withKeyOf(Feed t, Feed s) {
            Feed moved = Feed.create(s.portalId(), t.kind(), s.url(), t.categoryCode(), t.linkSelector());
            return t.id() == null ? moved : moved.withId(t.id());
        }
    }

    static final class Articles extends InPortal<Article, ArticleId, String> {
        @Override CrudRepository<Article, ArticleId> repository(Repositories r) { return r.articles(); }
        @Override Class<Article> type() { return Article.class; }
        @Override String typeName() { return "Article"; }
        @Override Class<?> fieldsClass() { return ArticleField.class; }
        @Override Article newAggregate(int i) { return article(portal, "https://example.org/news/" + i, "Title " + i, T0.plusSeconds(i)); }
        @Override Condition<Article> inScope() { return ArticleField.PORTAL_ID.eq(portal); }
        @Override Field<Article, String> markerField() { return ArticleField.CANONICAL_URL; }
        @Override String markerOf(Article a) { return a.canonicalUrl(); }
        @Override Field<Article, ?> nullField() { return ArticleField.MODIFIED_AT; }
        @Override Field<Article, ArticleId> idField() { return ArticleField.ID; }
        @Override ArticleId idOf(Article a) { return a.id(); }
        @Override Article withId(Article a, ArticleId id) { return a.withId(id); }
        @Override ArticleId newId(long value) { return ArticleId.of(value); }
        @Override String uniqueConstraint() { return "article_portal_canonical_url_uk"; }
        @Override String referenceConstraint() { return "article_portal_fk"; }
        @Override Article orphan() { return article(MISSING_PORTAL, "https://example.org/news/1", "Orphan", T0); }

        @Override
        Article changed(Article a) {
            return new Article(a.id(), a.portalId(), a.canonicalUrl(), a.url(), "New title", List.of("C. Author"),
                    a.publishedAt(), T0.plusSeconds(100), a.section(), "de", a.lead(), "New body", null,
                    "changed-hash", a.discoveredVia(), a.firstSeenAt(), a.lastSeenAt().plusSeconds(60), a.revision() + 1);
        }

        @Override
        Article withKeyOf(Article t, Article s) {
            return new Article(t.id(), s.portalId(), s.canonicalUrl(), t.url(), t.title(), t.authors(), t.publishedAt(),
                    t.modifiedAt(), t.section(), t.language(), t.lead(), t.bodyText(), t.imageUrl(), t.contentHash(),
                    t.discoveredVia(), t.firstSeenAt(), t.lastSeenAt(), t.revision());
        }
    }

    static final class Revisions extends Kind<ArticleRevision, ArticleRevisionId, Integer> {
        private PortalId portal;
        private ArticleId article;

        @Override CrudRepository<ArticleRevision, ArticleRevisionId> repository(Repositories r) { return r.revisions(); }
        @Override Class<ArticleRevision> type() { return ArticleRevision.class; }
        @Override String typeName() { return "ArticleRevision"; }
        @Override Class<?> fieldsClass() { return ArticleRevisionField.class; }

        @Override
        void newScope(Repositories r) {
            portal = r.portals().save(Portal.create(unique("portal"), "Portal", "https://example.org/", "en")).id();
            article = r.articles().save(article(portal, "https://example.org/news/revised", "Revised", T0)).id();
        }

        @Override
        boolean scopeWasRolledBack(UnitOfWork store) {
            return store.readOnly(r -> r.portals().findById(portal).isEmpty() && r.articles().findById(article).isEmpty());
        }

        @Override
        void deleteParent(Repositories r) {
            r.articles().deleteById(article);
        }

        @Override
        ArticleRevision newAggregate(int i) {
            return new ArticleRevision(null, article, i, "Title " + i, null, "Body " + i, "hash-" + i, T0.plusSeconds(i));
        }

        @Override Condition<ArticleRevision> inScope() { return ArticleRevisionField.ARTICLE_ID.eq(article); }
        @Override Field<ArticleRevision, Integer> markerField() { return ArticleRevisionField.REVISION; }
        @Override Integer markerOf(ArticleRevision a) { return a.revision(); }
        @Override Field<ArticleRevision, ?> nullField() { return null; }
        @Override Field<ArticleRevision, ArticleRevisionId> idField() { return ArticleRevisionField.ID; }
        @Override ArticleRevisionId idOf(ArticleRevision a) { return a.id(); }
        @Override ArticleRevision withId(ArticleRevision a, ArticleRevisionId id) { return a.withId(id); }
        @Override ArticleRevisionId newId(long value) { return ArticleRevisionId.of(value); }
        @Override String uniqueConstraint() { return "article_revision_article_revision_uk"; }
        @Override String referenceConstraint() { return "article_revision_article_fk"; }

        @Override
        ArticleRevision changed(ArticleRevision a) {
            return new ArticleRevision(a.id(), a.articleId(), a.revision(), "Corrected", "Lead", a.bodyText(), a.contentHash(), a.capturedAt());
        }

        @Override
        ArticleRevision withKeyOf(ArticleRevision t, ArticleRevision s) {
            return new ArticleRevision(t.id(), s.articleId(), s.revision(), t.title(), t.lead(), t.bodyText(), t.contentHash(), t.capturedAt());
        }

        @Override
        ArticleRevision orphan() {
            return new ArticleRevision(null, ArticleId.of(987_654_321L), 1, "Title", null, "Body", "hash", T0);
        }
    }

    static final class Events extends InPortal<FetchEvent, FetchEventId, String> {
        @Override CrudRepository<FetchEvent, FetchEventId> repository(Repositories r) { return r.fetchEvents(); }
        @Override Class<FetchEvent> type() { return FetchEvent.class; }
        @Override String typeName() { return "FetchEvent"; }
        @Override Class<?> fieldsClass() { return FetchEventField.class; }

        @Override
        FetchEvent newAggregate(int i) {
            return event(portal, i);
        }

        private static FetchEvent event(PortalId portal, int i) {
            return new FetchEvent(null, null, portal, null, FetchTarget.ARTICLE, "https://example.org/fetched/" + i, 200,
                    1000L * i, 20L * i, FetchOutcome.OK, null, null, T0.plusSeconds(i));
        }

        @Override Condition<FetchEvent> inScope() { return FetchEventField.PORTAL_ID.eq(portal); }
        @Override Field<FetchEvent, String> markerField() { return FetchEventField.URL; }
        @Override String markerOf(FetchEvent e) { return e.url(); }
        @Override Field<FetchEvent, ?> nullField() { return FetchEventField.RUN_ID; }
        @Override Field<FetchEvent, FetchEventId> idField() { return FetchEventField.ID; }
        @Override FetchEventId idOf(FetchEvent e) { return e.id(); }
        @Override FetchEvent withId(FetchEvent e, FetchEventId id) { return e.withId(id); }
        @Override FetchEventId newId(long value) { return FetchEventId.of(value); }
        @Override String referenceConstraint() { return "fetch_event_portal_fk"; }
        @Override FetchEvent orphan() { return event(MISSING_PORTAL, 1); }

        @Override
        FetchEvent changed(FetchEvent e) {
            return new FetchEvent(e.id(), e.runId(), e.portalId(), e.feedId(), e.target(), e.url(), 503, 0, 30_000,
                    FetchOutcome.FAILED, FetchErrorClass.SERVER_ERROR, "HTTP 503 from example.org", e.occurredAt());
        }
    }

    static final class Runs extends Kind<IngestRun, IngestRunId, Instant> {
        private Instant base;

        @Override CrudRepository<IngestRun, IngestRunId> repository(Repositories r) { return r.ingestRuns(); }
        @Override Class<IngestRun> type() { return IngestRun.class; }
        @Override String typeName() { return "IngestRun"; }
        @Override Class<?> fieldsClass() { return IngestRunField.class; }
        @Override void newScope(Repositories r) { base = T0.plus(Duration.ofDays(SCOPES.incrementAndGet())); }
        @Override boolean scopeWasRolledBack(UnitOfWork store) { return true; }
        @Override IngestRun newAggregate(int i) { return IngestRun.start(base.plusSeconds(i)); }

        @Override
        Condition<IngestRun> inScope() {
            return IngestRunField.STARTED_AT.ge(base).and(IngestRunField.STARTED_AT.lt(base.plus(Duration.ofHours(1))));
        }

        @Override Field<IngestRun, Instant> markerField() { return IngestRunField.STARTED_AT; }
        @Override Instant markerOf(IngestRun r) { return r.startedAt(); }
        @Override Field<IngestRun, ?> nullField() { return IngestRunField.FINISHED_AT; }
        @Override Field<IngestRun, IngestRunId> idField() { return IngestRunField.ID; }
        @Override IngestRunId idOf(IngestRun r) { return r.id(); }
        @Override IngestRun withId(IngestRun r, IngestRunId id) { return r.withId(id); }
        @Override IngestRunId newId(long value) { return IngestRunId.of(value); }

        @Override
        IngestRun changed(IngestRun r) {
            return r.finish(r.startedAt().plusSeconds(90), IngestRunStatus.COMPLETED,
                    new IngestCounts(1, 2, 3, 4, 5, 6, 7, 8, 9), "20 portals, 5 new articles");
        }
    }
}
