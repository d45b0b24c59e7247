package io.newsaggregator.persistence;

import java.util.Map;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.ArticleSearch;
import com.zaxxer.hikari.HikariDataSource;
import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.port.out.HostSlots;
import io.newsaggregator.domain.port.out.RobotsEntries;
import io.newsaggregator.domain.port.out.RunLeases;
import io.newsaggregator.domain.port.out.SourcePolls;
import io.newsaggregator.domain.port.out.StoreStatistics;
import io.newsaggregator.domain.port.out.UnitOfWork;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the JPA persistence adapter: builds (or borrows) the connection pool and the
 * Hibernate session factory and hands out the {@link UnitOfWork} through which all repositories are
 * reached.
 *
 * <pre>{@code
 * try (JpaPersistence persistence = JpaPersistence.start(settings)) {
 *     UnitOfWork uow = persistence.unitOfWork();
 *     uow.run(repos -> repos.portals().save(Portal.create("bbc", "BBC News", "https://www.bbc.com/news", "en")));
 * }
 * }</pre>
 *
 * <p>The schema must already be migrated (see the {@code migrations} module): Hibernate only
 * validates it, and start-up fails with a message naming the mismatch when it differs.
 * {@link #close()} closes what this class created: the session factory, and the pool when it was
 * built from a JDBC URL, never a caller's data source.
 */
public final class JpaPersistence implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JpaPersistence.class);

    private final HikariDataSource ownedPool;
    private final SessionFactory sessionFactory;
    private final UnitOfWork unitOfWork;
    private final RunLeases runLeases;

    private JpaPersistence(HikariDataSource ownedPool, SessionFactory sessionFactory, PersistenceSettings settings,
                           DataSource dataSource) {
        this.ownedPool = ownedPool;
        this.sessionFactory = sessionFactory;
        this.runLeases = new JpaRunLeases(dataSource, new TableNames(settings.schema(), settings.tablePrefix()));
        this.unitOfWork = new JpaUnitOfWork(sessionFactory,
                new TableNames(settings.schema(), settings.tablePrefix()), settings.batchSize(),
                new SlowStatementLog(settings.slowQueryThreshold()));
    }

    /**
     * Connects and validates the schema.
     *
     * @throws io.newsaggregator.domain.error.DataStoreUnavailableException when the database cannot be reached
     * @throws ConfigurationException when the schema does not match the entities
     */
    public static JpaPersistence start(PersistenceSettings settings) {
        Objects.requireNonNull(settings, "settings");
        HikariDataSource pool = settings.dataSource() == null ? pool(settings) : null;
        DataSource dataSource = pool != null ? pool : settings.dataSource();
        try {
            SessionFactory sessionFactory = HibernateBootstrap.build(dataSource, settings);
            log.info("Persistence started on schema {} with table prefix '{}'", settings.schema(), settings.tablePrefix());
            return new JpaPersistence(pool, sessionFactory, settings, dataSource);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            RuntimeException translated = DataAccessTranslator.translate(e, "starting persistence on schema " + settings.schema());
            if (translated instanceof DataStoreUnavailableException) {
                throw translated;
            }
            // most often the schema is not migrated or differs from the entities
            throw new ConfigurationException("Cannot start persistence on schema '" + settings.schema()
                    + "' with table prefix '" + settings.tablePrefix() + "': " + e.getMessage(), e);
        }
    }

    /**
     * Row counts and ingest state by plain aggregate queries on the settings' data source, without
     * starting Hibernate (the schema must be migrated, but is not validated).
     *
     * @throws IllegalArgumentException when the settings name a JDBC URL rather than a data source
     */
    public static StoreStatistics statistics(PersistenceSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (settings.dataSource() == null) {
            throw new IllegalArgumentException("settings must carry a data source to read statistics from");
        }
        return new JdbcStoreStatistics(settings.dataSource(), new TableNames(settings.schema(), settings.tablePrefix()));
    }

    /**
     * A HikariCP pool built the way {@link #start} builds its own, for a host (or the app) that
     * passes it on as a {@link DataSource} and closes it itself. Every wait is bounded: connecting
     * and logging in, waiting for a free connection, each statement ({@code statement_timeout})
     * and the server's silence on the socket.
     *
     * @param name             pool name, also the {@code ApplicationName} the server shows
     * @param statementTimeout longest one statement may run; zero for no limit
     * @throws DataStoreUnavailableException naming host, port and database when no connection can be made
     */
    public static HikariDataSource openPool(String name, String jdbcUrl, String user, String password, int maxSize,
                                            Duration connectTimeout, Duration statementTimeout) {
        return ConnectionPools.open(PoolSettings.of(jdbcUrl, user, password, name, maxSize, connectTimeout,
                statementTimeout));
    }

    /** The worker fleet's per-source poll schedules, in plain JDBC on the settings' data source. */
    public static SourcePolls sourcePolls(PersistenceSettings settings) {
        return new JdbcSourcePolls(dataSourceOf(settings), new TableNames(settings.schema(), settings.tablePrefix()));
    }

    /** Per-host request slots shared by the fleet; {@code holder} names this process in the table. */
    public static HostSlots hostSlots(PersistenceSettings settings, String holder) {
        return new JdbcHostSlots(dataSourceOf(settings), new TableNames(settings.schema(), settings.tablePrefix()),
                Objects.requireNonNull(holder, "holder"));
    }

    /** robots.txt shared by the fleet; {@code holder} names this process in the table while it fetches one. */
    public static RobotsEntries robotsEntries(PersistenceSettings settings, String holder) {
        return new JdbcRobotsEntries(dataSourceOf(settings), new TableNames(settings.schema(), settings.tablePrefix()),
                Objects.requireNonNull(holder, "holder"));
    }

    private static DataSource dataSourceOf(PersistenceSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (settings.dataSource() == null) {
            throw new IllegalArgumentException("settings must carry a data source");
        }
        return settings.dataSource();
    }

    /**
     * Full-text search with plain JDBC on the settings' data source, without starting Hibernate: the
     * same statement {@code repos.search()} of a unit of work sends, each call on a connection of its own.
     *
     * @throws IllegalArgumentException when the settings name a JDBC URL rather than a data source
     */
    public static ArticleSearch search(PersistenceSettings settings) {
        return JdbcReads.on(settings).search();
    }

    /**
     * The code of every stored portal by its id, in id order, read with plain JDBC on the settings'
     * data source, without starting Hibernate.
     *
     * @throws IllegalArgumentException when the settings name a JDBC URL rather than a data source
     */
    public static Map<PortalId, String> portalCodes(PersistenceSettings settings) {
        return JdbcReads.on(settings).portalCodes();
    }

    /** Runs work in transactions; thread-safe, one unit per thread at a time. */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** Leases that tell live ingest runs from dead ones, on connections of this persistence's data source. */
    public RunLeases runLeases() {
        return runLeases;
    }

    @Override
    public void close() {
        sessionFactory.close();
        if (ownedPool != null) {
            ownedPool.close();
        }
    }

    private static HikariDataSource pool(PersistenceSettings settings) {
        return ConnectionPools.open(new PoolSettings(settings.jdbcUrl(), settings.user(), settings.password(),
                "news-persistence", settings.poolSize(), settings.connectionTimeout(), Duration.ZERO,
                settings.idleTimeout(), settings.maxLifetime()));
    }
}
