package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.ArticleId;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.FetchEventField;
import io.newsaggregator.domain.model.FetchOutcome;
import io.newsaggregator.domain.model.IngestRun;
import io.newsaggregator.domain.model.IngestRunField;
import io.newsaggregator.domain.model.Portal;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.TrendScoring;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.query.Field;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.domain.query.Row;
import io.newsaggregator.domain.report.PortalDayCount;
import io.newsaggregator.domain.report.PortalProfile;
import io.newsaggregator.domain.report.ReportData;
import io.newsaggregator.domain.report.RisingTerm;
import io.newsaggregator.domain.report.StoryCoverage;
import io.newsaggregator.domain.report.StorySummary;
import io.newsaggregator.domain.report.Totals;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gathers what the report shows for a period of days (UTC): articles per portal and day, rising
 * terms of the last day, the biggest stories with who covered them when, and a profile per portal.
 */
public final class ReportBuilder {
    private static final int RISING_TERMS = 20;
    private static final int BASELINE_DAYS = 7;
    private static final int TOP_STORIES = 10;
    private static final int KEYPHRASES_PER_PORTAL = 6;
    /** Ids per batched lookup: few statements, bounded memory, far below PostgreSQL's bind limit. */
    private static final int LOOKUP_CHUNK = 1_000;

    private final UnitOfWork unitOfWork;
    private final TrendScoring trendScoring;
    private final Clock clock;

    public ReportBuilder(UnitOfWork unitOfWork, TrendScoring trendScoring, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.trendScoring = Objects.requireNonNull(trendScoring, "trendScoring");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ReportData build(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the report period ends (" + to + ") before it starts (" + from + ")");
        }
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return unitOfWork.readOnly(repos -> {
            Map<PortalId, Portal> portals = new LinkedHashMap<>();
            repos.portals().find(Query.of(Portal.class)).forEach(p -> portals.put(p.id(), p));
            List<Row<Article>> articles = articlesIn(repos, start, end);
            List<RisingTerm> rising = ShownTerms.rising(trendScoring, repos.termCounts(), to, BASELINE_DAYS,
                    RISING_TERMS, null);
            List<Story> stories = repos.stories().top(start, 1, Integer.MAX_VALUE);
            List<StorySummary> topStories = stories.stream().filter(s -> s.portalCount() >= 2).limit(TOP_STORIES)
                    .map(s -> summary(repos, s, portals)).toList();
            Totals totals = new Totals(articles.size(), portalsWithArticles(articles), stories.size(),
                    repos.ingestRuns().count(Query.of(IngestRun.class).where(IngestRunField.STARTED_AT.ge(start)
                            .and(IngestRunField.STARTED_AT.lt(end)))),
                    repos.fetchEvents().count(Query.of(FetchEvent.class).where(FetchEventField.OUTCOME.eq(FetchOutcome.FAILED)
                            .and(FetchEventField.OCCURRED_AT.ge(start)).and(FetchEventField.OCCURRED_AT.lt(end)))));
            return new ReportData(clock.instant(), from, to, totals, perDay(articles, portals), rising, topStories,
                    profiles(repos, articles, portals));
        });
    }

    private static final List<Field<Article, ?>> ARTICLE_FIELDS = List.of(ArticleField.ID, ArticleField.PORTAL_ID,
            ArticleField.PUBLISHED_AT, ArticleField.FIRST_SEEN_AT, ArticleField.LANGUAGE, ArticleField.SECTION);

    /** Articles published in the period (or, undated, first seen in it). */
    private static List<Row<Article>> articlesIn(Repositories repos, Instant start, Instant end) {
        List<Row<Article>> rows = new ArrayList<>(repos.articles().project(Query.of(Article.class)
                .where(ArticleField.PUBLISHED_AT.ge(start).and(ArticleField.PUBLISHED_AT.lt(end))), ARTICLE_FIELDS));
        rows.addAll(repos.articles().project(Query.of(Article.class).where(ArticleField.PUBLISHED_AT.isNull()
                .and(ArticleField.FIRST_SEEN_AT.ge(start)).and(ArticleField.FIRST_SEEN_AT.lt(end))), ARTICLE_FIELDS));
        return rows;
    }

    private static final List<Field<Article, ?>> MEMBER_FIELDS = List.of(ArticleField.PORTAL_ID,
            ArticleField.PUBLISHED_AT, ArticleField.FIRST_SEEN_AT);

    private static <E> List<List<E>> chunks(List<E> items) {
        List<List<E>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += LOOKUP_CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + LOOKUP_CHUNK)));
        }
        return chunks;
    }

    private static Instant seen(Row<Article> row) {
        Instant published = row.get(ArticleField.PUBLISHED_AT);
        return published != null ? published : row.get(ArticleField.FIRST_SEEN_AT);
    }

    private static long portalsWithArticles(List<Row<Article>> articles) {
        return articles.stream().map(r -> r.get(ArticleField.PORTAL_ID)).distinct().count();
    }

    private static List<PortalDayCount> perDay(List<Row<Article>> articles, Map<PortalId, Portal> portals) {
        Map<String, Map<LocalDate, Long>> counts = new TreeMap<>();
        for (Row<Article> row : articles) {
            String code = portals.get(row.get(ArticleField.PORTAL_ID)).code();
            LocalDate day = seen(row).atZone(ZoneOffset.UTC).toLocalDate();
            counts.computeIfAbsent(code, c -> new TreeMap<>()).merge(day, 1L, Long::sum);
        }
        List<PortalDayCount> rows = new ArrayList<>();
        counts.forEach((code, days) -> days.forEach((day, count) -> rows.add(new PortalDayCount(code, day, count))));
        return rows;
    }

    private static StorySummary summary(Repositories repos, Story story, Map<PortalId, Portal> portals) {
        Map<PortalId, Instant> firstAt = new HashMap<>();
        Map<PortalId, Long> counts = new HashMap<>();
        for (List<ArticleId> chunk : chunks(repos.stories().members(story.storyKey()))) {
            for (Row<Article> member : repos.articles().project(Query.of(Article.class).where(ArticleField.ID.in(chunk)),
                    MEMBER_FIELDS)) {
                PortalId portal = member.get(ArticleField.PORTAL_ID);
                firstAt.merge(portal, seen(member), (a, b) -> a.isBefore(b) ? a : b);
                counts.merge(portal, 1L, Long::sum);
            }
        }
        List<StoryCoverage> coverage = firstAt.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(e -> new StoryCoverage(portals.get(e.getKey()).code(), counts.get(e.getKey()), e.getValue()))
                .toList();
        return new StorySummary(story.storyKey(), story.label(), story.topTerms(), portals.get(story.firstPortalId()).code(),
                story.firstSeenAt(), story.articleCount(), coverage);
    }

    private static List<PortalProfile> profiles(Repositories repos, List<Row<Article>> articles, Map<PortalId, Portal> portals) {
        Map<PortalId, List<Row<Article>>> byPortal = new LinkedHashMap<>();
        portals.keySet().forEach(id -> byPortal.put(id, new ArrayList<>()));
        articles.forEach(row -> byPortal.get(row.get(ArticleField.PORTAL_ID)).add(row));
        List<PortalProfile> profiles = new ArrayList<>();
        byPortal.forEach((id, rows) -> {
            if (rows.isEmpty()) {
                return;
            }
            Map<String, Long> languages = new TreeMap<>();
            Set<String> sections = new HashSet<>();
            Map<String, Double> phraseScores = new HashMap<>();
            Map<String, String> phraseTexts = new HashMap<>();
            long words = 0;
            long analysed = 0;
            for (List<Row<Article>> chunk : chunks(rows)) {
                Map<ArticleId, ArticleAnalysis> analyses = repos.analyses()
                        .findByArticles(chunk.stream().map(row -> row.get(ArticleField.ID)).toList());
                // rows in their original order, so that scores are summed in the same order as always
                for (Row<Article> row : chunk) {
                    String language = row.get(ArticleField.LANGUAGE);
                    languages.merge(language == null ? "und" : language, 1L, Long::sum);
                    if (row.get(ArticleField.SECTION) != null) {
                        sections.add(row.get(ArticleField.SECTION));
                    }
                    ArticleAnalysis a = analyses.get(row.get(ArticleField.ID));
                    if (a != null) {
                        analysed++;
                        words += a.wordCount();
                        for (ScoredPhrase phrase : a.keyphrases()) {
                            phraseScores.merge(phrase.key(), phrase.score(), Double::sum);
                            phraseTexts.putIfAbsent(phrase.key(), phrase.text());
                        }
                    }
                }
            }
            List<String> top = phraseScores.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .limit(KEYPHRASES_PER_PORTAL).map(e -> phraseTexts.get(e.getKey())).toList();
            Portal portal = portals.get(id);
            profiles.add(new PortalProfile(portal.code(), portal.name(), rows.size(), analysed == 0 ? 0 : (double) words / analysed,
                    languages, top, sections.size()));
        });
        return profiles;
    }
}
