package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsaggregator.domain.error.DataAccessException;
import io.newsaggregator.domain.fake.LikePatterns;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.query.Condition;
import io.newsaggregator.domain.query.Field;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conditions with hostile values, translated on a real Hibernate session and run on PostgreSQL:
 * every condition kind returns exactly the rows a plain Java comparison of the stored values picks,
 * and the table holds the same rows afterwards. Raw like patterns are judged by the in-memory fake's
 * {@link LikePatterns}, so the fake is held to PostgreSQL's reading of them too.
 */
class ConditionTranslatorIT extends JpaTestSupport {
    private static final String LONG = "x'%_\\\"; drop table article; --".repeat(3_000);
    /** Stored as titles; a title is the only text that differs between the rows. */
    private static final List<String> HOSTILE = List.of(
            "'", "''", "\"", "%", "_", "\\", "\\\\", "a%b", "a_b", "a\\%b", "a\\_b", "%%", "__", "%_\\",
            "'; drop table article; --", "x' or '1'='1", "$$; drop table portal; $$", "\\'; select pg_sleep(10); --",
            "tab\there", "line\nbreak", "cr\rreturn", "bell\u0007 esc\u001b del\u007f", "\u0001\u0002\u001f",
            "Zürich 東京 🗞️", "O'Brien \"the\" `quoted`", LONG, LONG + "!", "plain");
    /** What a caller might search for: every stored value and some that match nothing. */
    private static final List<String> PROBES = withAbsent(HOSTILE);

    private SessionFactory sessions;
    private PortalId portal;
    private PortalId otherPortal;
    private final Map<String, ArticleId> idOfTitle = new LinkedHashMap<>();
    private final ConditionTranslator<Article> translator = new ConditionTranslator<>(JpaArticleRepository.FIELDS);

    @BeforeAll
    void storeHostileTitles() {
        sessions = HibernateBootstrap.build(schema.database().dataSource(), schema.settings());
        portal = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        otherPortal = uow.execute(r -> r.portals().save(Fixtures.portal()).id());
        List<Article> saved = uow.execute(r -> r.articles().saveAll(HOSTILE.stream()
                .map(t -> Fixtures.article(portal, "https://example.org/" + Fixtures.unique("t"), t, "body", Fixtures.T0))
                .toList()));
        saved.forEach(a -> idOfTitle.put(a.title(), a.id()));
        // the same titles in another portal, which no condition below may reach
        uow.run(r -> r.articles().saveAll(HOSTILE.stream()
                .map(t -> Fixtures.article(otherPortal, "https://example.org/" + Fixtures.unique("o"), t, "body", Fixtures.T0))
                .toList()));
    }

    @AfterAll
    void closeSessions() {
        if (sessions != null) {
            sessions.close();
        }
    }

    @Test
    void hostileValuesAreStoredVerbatim() {
        assertThat(titles(ArticleField.TITLE.isNotNull())).containsExactlyInAnyOrderElementsOf(labels(HOSTILE));
    }

    @Test
    void comparisonsMatchExactlyWhatTheValueEqualsOrOrdersAgainst() {
        Set<String> all = new HashSet<>(labels(HOSTILE));
        for (String probe : PROBES) {
            Set<String> eq = Set.copyOf(titles(ArticleField.TITLE.eq(probe)));
            Set<String> ne = Set.copyOf(titles(ArticleField.TITLE.ne(probe)));
            Set<String> lt = Set.copyOf(titles(ArticleField.TITLE.lt(probe)));
            Set<String> le = Set.copyOf(titles(ArticleField.TITLE.le(probe)));
            Set<String> gt = Set.copyOf(titles(ArticleField.TITLE.gt(probe)));
            Set<String> ge = Set.copyOf(titles(ArticleField.TITLE.ge(probe)));

            String shown = label(probe);
            assertThat(eq).as("eq %s", shown).isEqualTo(HOSTILE.contains(probe) ? Set.of(label(probe)) : Set.of());
            assertThat(ne).as("ne %s", shown).isEqualTo(minus(all, eq));
            // the collation decides the order; whatever it is, the three sides split the rows
            assertThat(union(lt, eq, gt)).as("lt, eq, gt %s", shown).isEqualTo(all);
            assertThat(lt.size() + eq.size() + gt.size()).as("lt, eq, gt %s are disjoint", shown).isEqualTo(all.size());
            assertThat(le).as("le %s", shown).isEqualTo(union(lt, eq));
            assertThat(ge).as("ge %s", shown).isEqualTo(union(gt, eq));
        }
        assertTableIntact();
    }

    @Test
    void inMatchesExactlyTheListedValues() {
        assertThat(titles(ArticleField.TITLE.in(PROBES))).containsExactlyInAnyOrderElementsOf(labels(HOSTILE));
        for (String probe : PROBES) {
            assertThat(titles(ArticleField.TITLE.in(List.of(probe, "absent'value"))))
                    .as("in %s", label(probe)).containsExactlyElementsOf(HOSTILE.contains(probe) ? List.of(label(probe)) : List.of());
        }
        List<String> some = List.of("'", "%", "\\", LONG);
        assertThat(titles(ArticleField.TITLE.in(some))).containsExactlyInAnyOrderElementsOf(labels(some));
        assertThat(titles(ArticleField.TITLE.in(List.of()))).isEmpty();
    }

    @Test
    void anEscapedLikeMatchesTheValueLiterallyAndARawOneAsAPattern() {
        for (String probe : PROBES) {
            String literal = escapeLike(probe);
            assertThat(titles(ArticleField.TITLE.like(literal)))
                    .as("like %s escaped", label(probe)).containsExactlyElementsOf(HOSTILE.contains(probe) ? List.of(label(probe)) : List.of());
            assertThat(titles(ArticleField.TITLE.like("%" + literal + "%")))
                    .as("contains %s", label(probe)).containsExactlyInAnyOrderElementsOf(matching(t -> t.contains(probe)));
            // a long raw pattern is thousands of wildcards: a regex cannot judge it in reasonable time
            if (!endsWithEscape(probe) && probe.length() <= 100) {
                Pattern asPattern = LikePatterns.regex(probe);
                assertThat(titles(ArticleField.TITLE.like(probe)))
                        .as("like %s as a pattern", label(probe))
                        .containsExactlyInAnyOrderElementsOf(matching(t -> asPattern.matcher(t).matches()));
            }
        }
        assertTableIntact();
    }

    @Test
    void aLikePatternEndingInTheEscapeCharacterIsRefusedAndMatchesNothing() {
        assertThatThrownBy(() -> titles(ArticleField.TITLE.like("a\\")))
                .satisfies(e -> assertThat(DataAccessTranslator.translate((RuntimeException) e, "querying"))
                        .isInstanceOf(DataAccessException.class)
                        .hasMessageContaining("escape"));
        assertTableIntact();
    }

    @Test
    void aNulCharacterIsRefusedByTheDatabaseAsADataAccessError() {
        for (Condition<Article> withNul : List.of(ArticleField.TITLE.eq("a\u0000b"), ArticleField.TITLE.like("%\u0000%"),
                ArticleField.TITLE.in(List.of("'", "\u0000")), ArticleField.TITLE.gt("\u0000"))) {
            assertThatThrownBy(() -> titles(withNul))
                    .as("%s", withNul)
                    .satisfies(e -> assertThat(DataAccessTranslator.translate((RuntimeException) e, "querying"))
                            .isInstanceOf(DataAccessException.class));
        }
        assertTableIntact();
    }

    @Test
    void andOrAndNullChecksCombineHostileParts() {
        Condition<Article> quoteOrPercent = ArticleField.TITLE.eq("'").or(ArticleField.TITLE.eq("%"));
        assertThat(titles(quoteOrPercent)).containsExactlyInAnyOrder("'", "%");
        assertThat(titles(quoteOrPercent.and(ArticleField.MODIFIED_AT.isNull()))).containsExactlyInAnyOrder("'", "%");
        assertThat(titles(quoteOrPercent.and(ArticleField.MODIFIED_AT.isNotNull()))).isEmpty();
        assertThat(titles(ArticleField.TITLE.like("%drop table%").and(ArticleField.TITLE.ne(LONG))))
                .containsExactlyInAnyOrder("'; drop table article; --", "$$; drop table portal; $$", label(LONG + "!"));
        assertThat(titles(ArticleField.TITLE.isNull().or(ArticleField.TITLE.eq("x' or '1'='1"))))
                .containsExactly("x' or '1'='1");
    }

    @Test
    void idsBindAsTheirNumbers() {
        List<ArticleId> two = List.of(idOfTitle.get("'"), idOfTitle.get("\\"));
        assertThat(titles(ArticleField.ID.in(two))).containsExactlyInAnyOrder("'", "\\");
        assertThat(titles(ArticleField.ID.eq(idOfTitle.get(LONG)))).containsExactly(label(LONG));
    }

    @Test
    void aFieldOutsideTheWhitelistIsRefusedBeforeAnyStatement() {
        Field<Article, String> sneaky = Field.of(Article.class, "bodyText; drop table article", String.class);

        assertThatThrownBy(() -> titles(sneaky.eq("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be used in queries of Article");
        assertTableIntact();
    }

    /** The titles the condition selects in the first portal, on a session of its own, as {@link #label}s. */
    private List<String> titles(Condition<Article> condition) {
        try (Session session = sessions.openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                CriteriaBuilder cb = session.getCriteriaBuilder();
                CriteriaQuery<ArticleEntity> cq = cb.createQuery(ArticleEntity.class);
                Root<ArticleEntity> root = cq.from(ArticleEntity.class);
                cq.select(root).where(translator.toPredicate(ArticleField.PORTAL_ID.eq(portal).and(condition), cb, root));
                return session.createSelectionQuery(cq).getResultList().stream().map(e -> label(e.getTitle())).toList();
            } finally {
                tx.rollback();
            }
        }
    }

    private void assertTableIntact() {
        try (Connection c = schema.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), count(distinct title) from " + schema.name() + ".article")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2 * HOSTILE.size());
            assertThat(rs.getInt(2)).isEqualTo(HOSTILE.size());
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(titles(ArticleField.TITLE.isNotNull())).containsExactlyInAnyOrderElementsOf(labels(HOSTILE));
    }

    private static List<String> matching(Predicate<String> rule) {
        return labels(HOSTILE.stream().filter(rule).toList());
    }

    private static List<String> labels(List<String> values) {
        return values.stream().map(ConditionTranslatorIT::label).toList();
    }

    private static List<String> withAbsent(List<String> values) {
        List<String> probes = new ArrayList<>(values);
        probes.addAll(List.of("", "' ", "%'", "\\\\\\", LONG.substring(1), "ZÜRICH 東京 🗞️", "PLAIN"));
        return List.copyOf(probes);
    }

    /** Backslash is the like escape character, as in PostgreSQL: escape it and the two wildcards. */
    private static String escapeLike(String literal) {
        return literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean endsWithEscape(String pattern) {
        int trailing = 0;
        for (int i = pattern.length() - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
            trailing++;
        }
        return trailing % 2 == 1;
    }

    /** A value as assertion messages show it: control characters spelled out, long ones cut. */
    private static String label(String value) {
        String visible = value.codePoints().mapToObj(cp -> cp < 0x20 || cp == 0x7f
                ? String.format("\\u%04x", cp) : Character.toString(cp)).collect(Collectors.joining());
        return visible.length() > 60 ? visible.substring(0, 60) + "... (" + value.length() + " chars)" : visible;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return all;
    }

    private static Set<String> minus(Set<String> from, Set<String> taken) {
        Set<String> rest = new HashSet<>(from);
        rest.removeAll(taken);
        return rest;
    }
}
