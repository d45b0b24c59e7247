package io.newsaggregator.persistence;

import java.util.Map;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.ArticleSearch;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.newsaggregator.domain.error.ConfigurationException;
import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.port.out.RunLeases;
import io.newsaggregator.domain.port.out.StoreStatistics;
import io.newsaggregator.domain.port.out.UnitOfWork;
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
        HikariConfig config = new HikariConfig();
        config.setPoolName("news-persistence");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setIdleTimeout(settings.idleTimeout().toMillis());
        config.setMaxLifetime(settings.maxLifetime().toMillis());
        config.setAutoCommit(false);
        // lets the driver turn a batch of single-row inserts into multi-row inserts
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw DataAccessTranslator.translate(e, "connecting to " + settings.jdbcUrl());
        }
    }
}
