package io.newsaggregator.persistence;

import io.newsaggregator.domain.analysis.AnalysisOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Mappings of the analysis tables. The analysis repositories read and write these tables with
 * native array statements; the entities exist so that Hibernate's schema validation at start-up
 * also checks that the V2 tables match what the repositories expect.
 */
final class AnalysisTableEntities {
    private AnalysisTableEntities() {
    }

    @Entity(name = "ArticleAnalysis")
    @Table(name = "article_analysis")
    static class ArticleAnalysisRow {
        @Id
        private Long articleId;
        @Column(nullable = false)
        private int revision;
        @Column(nullable = false)
        private String language;
        @Column(nullable = false)
        private double languageConfidence;
        @Column(nullable = false)
        private int wordCount;
        @Column(nullable = false)
        private int sentenceCount;
        @Column(nullable = false)
        private int readingTimeMinutes;
        @JdbcTypeCode(SqlTypes.ARRAY)
        @Column(nullable = false)
        private String[] properNouns;
        private String storyKey;
        @Column(nullable = false)
        private Instant analysedAt;
        private String analyserVersion;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private AnalysisOutcome outcome;
    }

    @Entity(name = "ArticleKeyphrase")
    @Table(name = "article_keyphrase")
    @IdClass(ArticleKeyphraseRow.Key.class)
    static class ArticleKeyphraseRow {
        @Id
        private Long articleId;
        @Id
        private int rank;
        @Column(nullable = false)
        private String key;
        @Column(nullable = false)
        private String text;
        @Column(nullable = false)
        private double score;
        @Column(nullable = false)
        private int occurrences;

        record Key(Long articleId, int rank) implements Serializable {
        }
    }

    @Entity(name = "DocumentFrequency")
    @Table(name = "document_frequency")
    static class DocumentFrequencyRow {
        @Id
        private String key;
        @Column(nullable = false)
        private long frequency;
    }

    @Entity(name = "CorpusStats")
    @Table(name = "corpus_stats")
    static class CorpusStatsRow {
        @Id
        private short id;
        @Column(nullable = false)
        private long documentCount;
    }

    @Entity(name = "TermDayCount")
    @Table(name = "term_day_count")
    @IdClass(TermDayCountRow.Key.class)
    static class TermDayCountRow {
        @Id
        private String term;
        @Id
        private Long portalId;
        @Id
        private LocalDate day;
        @Column(nullable = false)
        private int count;
        @Column(nullable = false)
        private int docCount;

        record Key(String term, Long portalId, LocalDate day) implements Serializable {
        }
    }

    @Entity(name = "TermFirstSeenDayCount")
    @Table(name = "term_first_seen_day_count")
    @IdClass(TermFirstSeenDayCountRow.Key.class)
    static class TermFirstSeenDayCountRow {
        @Id
        private String term;
        @Id
        private Long portalId;
        @Id
        private LocalDate day;
        @Column(nullable = false)
        private int count;
        @Column(nullable = false)
        private int docCount;

        record Key(String term, Long portalId, LocalDate day) implements Serializable {
        }
    }

    @Entity(name = "TermForm")
    @Table(name = "term_form")
    @IdClass(TermFormRow.Key.class)
    static class TermFormRow {
        @Id
        private String term;
        @Id
        private String text;
        @Column(nullable = false)
        private long count;

        record Key(String term, String text) implements Serializable {
        }
    }

    @Entity(name = "Story")
    @Table(name = "story")
    static class StoryRow {
        @Id
        private String key;
        @Column(nullable = false)
        private String label;
        @JdbcTypeCode(SqlTypes.ARRAY)
        @Column(nullable = false)
        private String[] topTerms;
        @Column(nullable = false)
        private Long firstPortalId;
        @Column(nullable = false)
        private Instant firstSeenAt;
        @Column(nullable = false)
        private Instant lastSeenAt;
        @Column(nullable = false)
        private int articleCount;
        @Column(nullable = false)
        private int portalCount;
    }

    @Entity(name = "StoryCoverage")
    @Table(name = "story_coverage")
    @IdClass(StoryCoverageRow.Key.class)
    static class StoryCoverageRow {
        @Id
        private String storyKey;
        @Id
        private Long portalId;
        @Column(nullable = false)
        private int articleCount;

        record Key(String storyKey, Long portalId) implements Serializable {
        }
    }

    @Entity(name = "StoryMember")
    @Table(name = "story_member")
    static class StoryMemberRow {
        @Id
        private Long articleId;
        @Column(nullable = false)
        private String storyKey;
        @Column(nullable = false)
        private Long portalId;
        @Column(nullable = false)
        private Instant seenAt;
    }

    @Entity(name = "StoryClustererState")
    @Table(name = "story_clusterer_state")
    static class StoryClustererStateRow {
        @Id
        private short id;
        @Column(nullable = false)
        private byte[] state;
        @Column(nullable = false)
        private Instant savedAt;
        @Column(nullable = false)
        private long version;
    }
}
