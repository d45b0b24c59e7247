package io.newsaggregator.domain.service;

import io.newsaggregator.domain.analysis.ArticleAnalysis;
import io.newsaggregator.domain.analysis.ScoredPhrase;
import io.newsaggregator.domain.model.Languages;
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
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.port.in.BuildReport;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.TrendScoring;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.domain.query.Row;
import io.newsaggregator.domain.report.PortalDayCount;
import io.newsaggregator.domain.report.PortalProfile;
import io.newsaggregator.domain.report.ReportData;
import io.newsaggregator.domain.report.RisingTerm;
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
 * {@link BuildReport} over the store. Gathers what the report shows for a period of days (UTC): articles per portal and day, rising
 * terms of the last day, the biggest stories with who covered them when, and a profile per portal,
 * all bound to the period (see {@link TimeBasis} for which time dates an article).
 */
public final class ReportBuilder implements BuildReport {
    private static final int RISING_TERMS = 20;
    private static final int BASELINE_DAYS = 7;
    private static final int TOP_STORIES = 10;
    private static final int KEYPHRASES_PER_PORTAL = 6;

    private final UnitOfWork unitOfWork;
    private final TrendScoring trendScoring;
    private final Clock clock;

    public ReportBuilder(UnitOfWork unitOfWork, TrendScoring trendScoring, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.trendScoring = Objects.requireNonNull(trendScoring, "trendScoring");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The totals, the days, the stories and the portal profiles all count only the articles of the
     * period; rising terms are those of its last day, on the same basis.
     */
    @Override
    public ReportData build(Request request) {
        Objects.requireNonNull(request, "request");
        LocalDate from = request.from();
        LocalDate to = request.to();
        TimeBasis basis = request.basis();
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return unitOfWork.readOnly(repos -> {
            Map<PortalId, Portal> portals = new LinkedHashMap<>();
            repos.portals().find(Query.of(Portal.class)).forEach(p -> portals.put(p.id(), p));
            List<Row<Article>> articles = WindowArticles.find(repos, basis, start, end);
            List<RisingTerm> rising = ShownTerms.rising(trendScoring, repos.termCounts(), basis, to, BASELINE_DAYS,
                    RISING_TERMS, null);
            WindowStories stories = WindowStories.of(repos, basis, articles, portals, 2, TOP_STORIES);
            Totals totals = new Totals(articles.size(), portalsWithArticles(articles), stories.storyCount(),
                    repos.ingestRuns().count(Query.of(IngestRun.class).where(IngestRunField.STARTED_AT.ge(start)
                            .and(IngestRunField.STARTED_AT.lt(end)))),
                    repos.fetchEvents().count(Query.of(FetchEvent.class).where(FetchEventField.OUTCOME.eq(FetchOutcome.FAILED)
                            .and(FetchEventField.OCCURRED_AT.ge(start)).and(FetchEventField.OCCURRED_AT.lt(end)))));
            return new ReportData(clock.instant(), from, to, basis, totals, perDay(basis, articles, portals), rising,
                    stories.top(), profiles(repos, articles, portals));
        });
    }

    private static long portalsWithArticles(List<Row<Article>> articles) {
        return articles.stream().map(r -> r.get(ArticleField.PORTAL_ID)).distinct().count();
    }

    private static List<PortalDayCount> perDay(TimeBasis basis, List<Row<Article>> articles, Map<PortalId, Portal> portals) {
        Map<String, Map<LocalDate, Long>> counts = new TreeMap<>();
        for (Row<Article> row : articles) {
            String code = portals.get(row.get(ArticleField.PORTAL_ID)).code();
            LocalDate day = WindowArticles.time(basis, row).atZone(ZoneOffset.UTC).toLocalDate();
            counts.computeIfAbsent(code, c -> new TreeMap<>()).merge(day, 1L, Long::sum);
        }
        List<PortalDayCount> rows = new ArrayList<>();
        counts.forEach((code, days) -> days.forEach((day, count) -> rows.add(new PortalDayCount(code, day, count))));
        return rows;
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
            for (List<Row<Article>> chunk : WindowArticles.chunks(rows)) {
                Map<ArticleId, ArticleAnalysis> analyses = repos.analyses()
                        .findByArticles(chunk.stream().map(row -> row.get(ArticleField.ID)).toList());
                // rows in their original order, so that scores are summed in the same order as always
                for (Row<Article> row : chunk) {
                    String language = row.get(ArticleField.LANGUAGE);
                    languages.merge(language == null ? Languages.UNDETERMINED : language, 1L, Long::sum);
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
