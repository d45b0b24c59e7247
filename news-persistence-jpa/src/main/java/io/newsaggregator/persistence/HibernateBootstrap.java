package io.newsaggregator.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Builds the session factory: our entities, our naming strategy, schema validation against what
 * Flyway made (never create or update), JDBC batching, UTC timestamps and the slow-statement log.
 */
final class HibernateBootstrap {
    static final List<Class<?>> ENTITIES = List.of(PortalEntity.class, CategoryEntity.class, FeedEntity.class,
            ArticleEntity.class, ArticleCategoryEntity.class, ArticleRevisionEntity.class, IngestRunEntity.class,
            FetchEventEntity.class, FrontierEntryEntity.class,
            AnalysisTableEntities.ArticleAnalysisRow.class, AnalysisTableEntities.ArticleKeyphraseRow.class,
            AnalysisTableEntities.DocumentFrequencyRow.class, AnalysisTableEntities.CorpusStatsRow.class,
            AnalysisTableEntities.TermDayCountRow.class, AnalysisTableEntities.TermFirstSeenDayCountRow.class, AnalysisTableEntities.TermFormRow.class, AnalysisTableEntities.StoryRow.class,
            AnalysisTableEntities.StoryCoverageRow.class, AnalysisTableEntities.StoryMemberRow.class,
            AnalysisTableEntities.StoryClustererStateRow.class);

    private HibernateBootstrap() {
    }

    static SessionFactory build(DataSource dataSource, PersistenceSettings settings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        properties.put(AvailableSettings.HBM2DDL_AUTO, "validate");
        properties.put(AvailableSettings.DEFAULT_SCHEMA, settings.schema());
        properties.put(AvailableSettings.STATEMENT_BATCH_SIZE, settings.batchSize());
        properties.put(AvailableSettings.ORDER_INSERTS, true);
        properties.put(AvailableSettings.ORDER_UPDATES, true);
        properties.put(AvailableSettings.JDBC_TIME_ZONE, "UTC");
        properties.put(AvailableSettings.CRITERIA_VALUE_HANDLING_MODE, "bind");
        properties.put(AvailableSettings.LOG_SLOW_QUERY, settings.slowQueryThreshold().toMillis());
        properties.put(AvailableSettings.SHOW_SQL, false);
        properties.put(AvailableSettings.USE_SECOND_LEVEL_CACHE, false);

        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(properties).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            ENTITIES.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.getMetadataBuilder()
                    .applyPhysicalNamingStrategy(new ConfiguredNamingStrategy(settings.schema(), settings.tablePrefix()))
                    .build();
            return metadata.getSessionFactoryBuilder().build();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}
