package io.newsaggregator.domain.service;

import io.newsaggregator.domain.port.out.StoryClusterer;
import io.newsaggregator.domain.port.out.StoryClusterers;
import io.newsaggregator.domain.port.out.StoryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The story clusterer of one analyse run, kept in step with the saved state: it is restored when
 * the run starts and again whenever another run saved a newer state in between, so no run places
 * articles against stories it has not seen or overwrites what another run saved.
 */
final class CurrentClusterer {
    private static final Logger log = LoggerFactory.getLogger(CurrentClusterer.class);

    private final StoryClusterers clusterers;
    private StoryClusterer clusterer;
    private long version;

    CurrentClusterer(StoryClusterers clusterers) {
        this.clusterers = clusterers;
    }

    /** Call inside the unit of work that will place articles, after it took the analysis lock. */
    StoryClusterer upToDate(StoryRepository stories) {
        long stored = stories.clustererStateVersion();
        if (clusterer == null || stored != version) {
            if (clusterer != null) {
                log.info("Another analyse run saved story state version {} after this run's version {}; continuing from it",
                        stored, version);
            }
            clusterer = clusterers.restore(stories.loadClustererState());
            version = stored;
        }
        return clusterer;
    }

    /** Records the version this run's clusterer was just saved as. */
    void saved(long newVersion) {
        version = newVersion;
    }
}
