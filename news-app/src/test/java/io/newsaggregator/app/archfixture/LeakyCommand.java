package io.newsaggregator.app.archfixture;

import io.newsaggregator.app.NewsAggregator;
import io.newsaggregator.persistence.JpaPersistence;
import io.newsaggregator.persistence.PersistenceSettings;
import javax.sql.DataSource;

/** A command that does a use case's work itself: {@code commandsNeverReachPersistence} must name it. */
public final class LeakyCommand {
    long count(NewsAggregator news, DataSource dataSource) {
        try (JpaPersistence persistence = JpaPersistence.start(PersistenceSettings.forDataSource(dataSource))) {
            return persistence.unitOfWork().readOnly(repos -> repos.articles().count(null))
                    + news.unitOfWork().readOnly(repos -> repos.portals().count(null));
        }
    }
}
