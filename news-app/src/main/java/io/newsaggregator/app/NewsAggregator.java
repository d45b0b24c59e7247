package io.newsaggregator.app;

import io.newsaggregator.analysis.AnalysisAdapters;
import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.model.FrontierEntry;
import io.newsaggregator.domain.model.FrontierEntryField;
import io.newsaggregator.domain.model.FrontierStatus;
import io.newsaggregator.domain.model.Feed;
import io.newsaggregator.domain.model.FeedId;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.model.SourcePoll;
import io.newsaggregator.domain.model.TimeBasis;
import io.newsaggregator.domain.query.Query;
import io.newsaggregator.domain.port.in.AnalyseReport;
import io.newsaggregator.domain.port.in.BrowseNews;
import io.newsaggregator.domain.port.in.PortalSources;
import io.newsaggregator.domain.port.in.DatabaseDescription.SchemaState;
import io.newsaggregator.domain.port.in.DatabaseDescription.SchemaVersion;
import io.newsaggregator.domain.port.in.DescribeDatabase;
import io.newsaggregator.domain.port.in.ExportArticles;
import io.newsaggregator.domain.port.in.ExtractArticles;
import io.newsaggregator.domain.port.in.PruneFetchEvents;
import io.newsaggregator.domain.service.ArticleExport;
import io.newsaggregator.domain.service.DatabaseDescriber;
import io.newsaggregator.migrations.MigrationEntry;
import io.newsaggregator.domain.service.BrowseService;
import io.newsaggregator.migrations.MigrationStatus;
import io.newsaggregator.domain.port.out.ArticleExtractor;
import io.newsaggregator.domain.service.AnalyseService;
import io.newsaggregator.domain.service.AnalysisQueries;
import io.newsaggregator.domain.service.TextAnalysisService;
import io.newsaggregator.domain.port.in.AnalyseTexts;
import io.newsaggregator.domain.port.in.BuildReport;
import io.newsaggregator.domain.port.in.QueryAnalysis;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.service.ReportBuilder;
import io.newsaggregator.domain.model.PortalSpec;
import io.newsaggregator.domain.port.in.IngestCommand;
import io.newsaggregator.domain.port.in.IngestListener;
import io.newsaggregator.domain.port.in.IngestReport;
import io.newsaggregator.domain.port.out.PageFetcher;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.domain.service.FetchEventRetention;
import io.newsaggregator.domain.service.FleetIngest;
import io.newsaggregator.domain.service.FrontierPolicy;
import io.newsaggregator.domain.service.IngestService;
import io.newsaggregator.domain.service.IngestSettings;
import io.newsaggregator.ingest.Catalog;
import io.newsaggregator.ingest.PortalDefinition;
import io.newsaggregator.ingest.HttpFetchSettings;
import io.newsaggregator.ingest.IngestAdapters;
import io.newsaggregator.migrations.MigrateOutcome;
import io.newsaggregator.migrations.NewsMigrations;
import io.newsaggregator.persistence.JpaPersistence;
import io.newsaggregator.persistence.PersistenceSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The entry point for applications that embed news-aggregator.
 *
 * <pre>{@code
 * try (NewsAggregator news = NewsAggregator.builder()
 *         .dataSource(myDataSource)          // the host's pool; we never close it
 *         .schema("news")
 *         .build()) {
 *     news.migrate();
 *     IngestReport report = news.ingest(List.of("bbc", "guardian"), 50, IngestListener.NONE);
 *     Page<Article> latest = news.browse().articles(ArticleFilter.ALL, new PageRequest(0, 10));
 * }
 * }</pre>
 *
 * <p>It starts no threads or pools the host did not ask for: the database pool is the host's, and
 * an ingest run uses a worker pool that lives only as long as the run. {@link #close()} releases
 * what this object made.
 */
public final class NewsAggregator implements AutoCloseable {
    private static final int ANALYSE_BATCH = 200;
    private final DataSource dataSource;
    private final String schema;
    private final String tablePrefix;
    private Catalog catalog;
    private final HttpFetchSettings httpSettings;
    private final IngestSettings ingestSettings;
    private final Clock clock;
    private ArticleExtractor articleExtractor;
    private JpaPersistence persistence;
    private AnalysisAdapters analysisAdapters;
    /** Starts persistence on its first transaction, not when a use case is made. */
    private final UnitOfWork lazyUnitOfWork = new UnitOfWork() {
        @Override
        public <R> R execute(Function<Repositories, R> work) {
            return unitOfWork().execute(work);
        }

        @Override
        public <R> R readOnly(Function<Repositories, R> work) {
            return unitOfWork().readOnly(work);
        }
    };

    private NewsAggregator(Builder b) {
        this.dataSource = Objects.requireNonNull(b.dataSource, "dataSource");
        this.schema = b.schema;
        this.tablePrefix = b.tablePrefix;
        this.catalog = b.catalog;
        this.httpSettings = b.httpSettings;
        this.ingestSettings = b.ingestSettings;
        this.clock = b.clock;
        this.articleExtractor = b.articleExtractor;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Applies pending schema migrations; safe to call on every start. */
    public static MigrateOutcome migrate(DataSource dataSource, String schema, String tablePrefix) {
        return new NewsMigrations(dataSource, schema, tablePrefix).migrate();
    }

    /** Applies pending schema migrations to this instance's schema. */
    public MigrateOutcome migrate() {
        return migrate(dataSource, schema, tablePrefix);
    }

    /** The portals this instance ingests from (the shipped catalog is read on first use: a search never needs it). */
    public synchronized Catalog catalog() {
        if (catalog == null) {
            catalog = IngestAdapters.defaultCatalog();
        }
        return catalog;
    }

    private synchronized ArticleExtractor articleExtractor() {
        if (articleExtractor == null) {
            articleExtractor = IngestAdapters.articleExtractor(clock);
        }
        return articleExtractor;
    }

    /** Where the schema stands: applied and pending versions (reads the database). */
    public MigrationStatus migrationStatus() {
        return new NewsMigrations(dataSource, schema, tablePrefix).info();
    }

    /** Read-only questions over stored articles, portals and their sources, and ingest runs. */
    public BrowseNews browse() {
        return new BrowseService(unitOfWork());
    }

    /** Stored articles out, page by page, with the names of their portal, source and categories. */
    public ExportArticles exportArticles() {
        return new ArticleExport(unitOfWork());
    }

    /**
     * What the database holds: schema versions, rows per table, ingest runs and frontier entries by
     * status. Counting runs plain aggregate queries on the data source; it starts no Hibernate.
     */
    public DescribeDatabase describeDatabase() {
        return new DatabaseDescriber(this::schemaState, JpaPersistence.statistics(persistenceSettings()));
    }

    /** Deletes old fetch events, a portal at a time; a fleet worker does it on its own ({@link WorkerSettings#keepFetchEvents()}). */
    public PruneFetchEvents pruneFetchEvents() {
        return new FetchEventRetention(unitOfWork());
    }

    private SchemaState schemaState() {
        MigrationStatus status = migrationStatus();
        return new SchemaState(status.schema(), status.currentVersion(), versions(status.applied()),
                versions(status.pending()));
    }

    private static List<SchemaVersion> versions(List<MigrationEntry> entries) {
        return entries.stream().map(e -> new SchemaVersion(e.version(), e.description(), e.state(), e.installedOn(),
                e.script())).toList();
    }

    /**
     * The escape hatch for embedders who want the repositories themselves: transactions over them
     * (articles, portals, runs, fetch events, ...). The use cases ({@link #ingest}, {@link #analyse},
     * {@link #browse}, {@link #exportArticles}, {@link #describeDatabase}, {@link #queryAnalysis},
     * {@link #buildReport}, {@link #analyseTexts}, {@link #pruneFetchEvents}) are the
     * supported API and keep their behaviour across versions; code written against the repositories
     * follows the schema, which may change with any version.
     */
    public UnitOfWork unitOfWork() {
        return persistence().unitOfWork();
    }

    private PersistenceSettings persistenceSettings() {
        return PersistenceSettings.forDataSource(dataSource).withSchema(schema).withTablePrefix(tablePrefix);
    }

    /**
     * Persistence starts on first use, so that {@link #migrate()} can bring the schema up to date
     * before Hibernate validates it.
     */
    private synchronized JpaPersistence persistence() {
        if (persistence == null) {
            persistence = JpaPersistence.start(persistenceSettings());
        }
        return persistence;
    }

    /**
     * Ingests the named portals of the catalog (all when {@code portalCodes} is empty).
     *
     * @throws ConfigurationException when a code is not in the catalog
     */
    public IngestReport ingest(Collection<String> portalCodes, int maxArticlesPerPortal, IngestListener listener) {
        List<PortalSpec> portals = select(portalCodes);
        PageFetcher fetcher = IngestAdapters.pageFetcher(httpSettings, clock);
        IngestService service = new IngestService(unitOfWork(), fetcher, IngestAdapters.feedReader(), IngestAdapters.sitemapReader(),
                IngestAdapters.linkDiscoverer(), articleExtractor(), IngestAdapters.canonicalizer(), clock, ingestSettings,
                persistence().runLeases(), FrontierPolicy.DEFAULTS);
        return service.ingest(new IngestCommand(portals, maxArticlesPerPortal), listener);
    }

    /**
     * A worker of the fleet on this database: long-running, it executes scheduled polls, frontier
     * drains and analyses of the portals (all of the catalog when {@code settings.portals()} is
     * empty) alongside any number of workers on the same database, until {@link FleetWorker#close()}.
     * It starts nothing until {@link FleetWorker#start()}; it uses this instance's data source for
     * its task table, so the pool should have a connection per worker thread and a few more.
     *
     * @throws ConfigurationException when a code is not in the catalog
     */
    public FleetWorker worker(WorkerSettings settings) {
        return worker(settings, FleetWorker.Watcher.NONE);
    }

    /** A worker of the fleet, as {@link #worker(WorkerSettings)}, that tells {@code watcher} what it does. */
    public FleetWorker worker(WorkerSettings settings, FleetWorker.Watcher watcher) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(watcher, "watcher");
        List<PortalSpec> portals = select(settings.portals());
        PageFetcher fetcher = IngestAdapters.pageFetcher(httpSettings, clock, JpaPersistence.hostSlots(persistenceSettings(), settings.name()),
                JpaPersistence.robotsEntries(persistenceSettings(), settings.name()));
        FleetIngest fleet = new FleetIngest(unitOfWork(), fetcher, IngestAdapters.feedReader(), IngestAdapters.sitemapReader(),
                IngestAdapters.linkDiscoverer(), articleExtractor(), IngestAdapters.canonicalizer(), clock, ingestSettings,
                persistence().runLeases(), FrontierPolicy.DEFAULTS, JpaPersistence.sourcePolls(persistenceSettings()),
                settings.pollPolicy(), watcher);
        return new FleetWorker(this, fleet, watcher, portals, settings, dataSource, schema + "." + tablePrefix + "scheduled_tasks", clock);
    }

    /**
     * How far behind its schedule the fleet's most overdue poll is: zero while every source's next
     * poll is still to come. It grows when the workers cannot keep up, or when none runs.
     */
    public Duration pollsOverdue() {
        Instant now = clock.instant();
        return JpaPersistence.sourcePolls(persistenceSettings()).soonestNextPoll()
                .filter(soonest -> soonest.isBefore(now)).map(soonest -> Duration.between(soonest, now)).orElse(Duration.ZERO);
    }

    /** Every source's poll schedule as the worker fleet keeps it, soonest first. */
    public List<SourcePoll> sourcePolls() {
        return JpaPersistence.sourcePolls(persistenceSettings()).all();
    }

    /** A stored source with its portal's code and its poll schedule (null while no worker has scheduled it). */
    public record SourceStatus(String portal, Feed source, SourcePoll poll) {
    }

    /** Every stored source by portal code, with its health and its poll schedule. */
    public List<SourceStatus> sources() {
        Map<FeedId, SourcePoll> polls = sourcePolls().stream().collect(Collectors.toMap(SourcePoll::sourceId, p -> p));
        List<SourceStatus> sources = new ArrayList<>();
        for (PortalSources portal : browse().portals()) {
            for (Feed source : portal.sources()) {
                sources.add(new SourceStatus(portal.portal().code(), source, polls.get(source.id())));
            }
        }
        return sources;
    }

    private List<PortalSpec> select(Collection<String> codes) {
        Catalog catalog = catalog();
        if (codes.isEmpty()) {
            return catalog.portals().stream().map(PortalDefinition::toSpec).toList();
        }
        List<PortalSpec> selected = new ArrayList<>();
        for (String code : codes) {
            PortalDefinition portal = catalog.portal(code).orElseThrow(() -> new ConfigurationException(
                    "no portal '" + code + "' in the catalog; known: " + catalog.portals().stream()
                            .map(PortalDefinition::code).collect(Collectors.joining(", "))));
            selected.add(portal.toSpec());
        }
        return selected;
    }

    /** How many frontier entries of all portals are in {@code status}: the work ingest has waiting, held or given up. */
    public long frontierDepth(FrontierStatus status) {
        return unitOfWork().readOnly(repos -> repos.frontier().count(Query.of(FrontierEntry.class)
                .where(FrontierEntryField.STATUS.eq(status))));
    }

    /** Analyses the articles that are new or changed since the last run (incremental). */
    public AnalyseReport analyse() {
        AnalysisAdapters adapters = analysis();
        return new AnalyseService(unitOfWork(), adapters.articleAnalyzer(), adapters.storyClusterers(), clock,
                ANALYSE_BATCH).analyse();
    }

    /** Rising terms, stories and full-text search over the analysed articles (search runs on plain JDBC: it never boots the ORM). */
    public QueryAnalysis queryAnalysis() {
        return new AnalysisQueries(lazyUnitOfWork, analysis().trendScoring(), JpaPersistence.search(persistenceSettings()));
    }

    /** The data of the HTML report for a period of days. */
    public BuildReport buildReport() {
        return new ReportBuilder(lazyUnitOfWork, analysis().trendScoring(), clock);
    }

    /**
     * Extraction of single pages, saved or fetched with {@code http} (a fetcher is built only for
     * the first page to fetch), by the extractor ingest uses. Needs no database.
     */
    public static ExtractArticles extractArticles(HttpFetchSettings http, Clock clock) {
        return IngestAdapters.extractArticles(IngestAdapters.articleExtractor(clock), http, clock);
    }

    /**
     * Analyses texts without a database (key phrases against the batch's own corpus, stories within
     * the batch): needs no {@code NewsAggregator} instance. Loads the language model and analyzers;
     * keep the result to reuse them.
     */
    public static AnalyseTexts analyseTexts() {
        AnalysisAdapters adapters = AnalysisAdapters.defaults();
        return new TextAnalysisService(adapters.articleAnalyzer(), adapters.storyClusterers());
    }

    /** Codes of the stored portals by id. */
    public Map<PortalId, String> portalCodes() {
        return JpaPersistence.portalCodes(persistenceSettings());
    }

    /** The language model and analyzers load on first use: ingest alone never pays for them. */
    private synchronized AnalysisAdapters analysis() {
        if (analysisAdapters == null) {
            analysisAdapters = AnalysisAdapters.defaults();
        }
        return analysisAdapters;
    }

    @Override
    public synchronized void close() {
        if (persistence != null) {
            persistence.close();
            persistence = null;
        }
    }

    /** Configuration of a {@link NewsAggregator}; only the data source is required. */
    public static final class Builder {
        private DataSource dataSource;
        private String schema = "news";
        private String tablePrefix = "";
        private Catalog catalog;
        private HttpFetchSettings httpSettings = HttpFetchSettings.defaults();
        private IngestSettings ingestSettings = IngestSettings.DEFAULTS;
        private Clock clock = Clock.systemUTC();
        private ArticleExtractor articleExtractor;

        private Builder() {
        }

        /** The host's connection pool; it stays the host's to close. */
        public Builder dataSource(DataSource value) {
            this.dataSource = Objects.requireNonNull(value, "dataSource");
            return this;
        }

        /** Schema of our tables (default {@code news}). */
        public Builder schema(String value) {
            this.schema = Objects.requireNonNull(value, "schema");
            return this;
        }

        /** Prefix of every table name (default none). */
        public Builder tablePrefix(String value) {
            this.tablePrefix = Objects.requireNonNull(value, "tablePrefix");
            return this;
        }

        /** The portals to ingest (default: the shipped catalog of 20 portals). */
        public Builder catalog(Catalog value) {
            this.catalog = Objects.requireNonNull(value, "catalog");
            return this;
        }

        /** Loads the portals from a catalog file; see docs/catalog.md. */
        public Builder catalog(Path file) {
            return catalog(IngestAdapters.catalog(file));
        }

        public Builder http(HttpFetchSettings value) {
            this.httpSettings = Objects.requireNonNull(value, "http");
            return this;
        }

        public Builder ingestSettings(IngestSettings value) {
            this.ingestSettings = Objects.requireNonNull(value, "ingestSettings");
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Reads article pages (default: the shipped extractor); e.g. the shipped one wrapped to time each call. */
        public Builder articleExtractor(ArticleExtractor value) {
            this.articleExtractor = Objects.requireNonNull(value, "articleExtractor");
            return this;
        }

        public NewsAggregator build() {
            return new NewsAggregator(this);
        }
    }
}
