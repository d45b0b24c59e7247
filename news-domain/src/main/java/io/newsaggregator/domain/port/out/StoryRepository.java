package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.model.ArticleId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stories, their member articles, and the clusterer's saved state. */
public interface StoryRepository {
    /** Inserts or updates the stories (by key). */
    void saveAll(Collection<Story> stories);

    /** Records that the article belongs to the story (replacing an earlier membership). */
    void assign(ArticleId articleId, String storyKey);

    /**
     * {@link #assign} for each entry, in the map's order; a store may do it in fewer statements.
     *
     * @throws io.newsaggregator.domain.error.NotFoundException when an article is not stored
     */
    default void assignAll(Map<ArticleId, String> storyKeys) {
        storyKeys.forEach(this::assign);
    }

    /** Moves the members of absorbed stories to {@code into} and deletes the absorbed stories. */
    void merge(Collection<String> absorbedKeys, String into);

    Optional<Story> findByKey(String storyKey);

    /** Stories last seen at or after {@code since} covered by at least {@code minPortals}, biggest first. */
    List<Story> top(Instant since, int minPortals, int limit);

    List<ArticleId> members(String storyKey);

    /** The story each of the given articles belongs to; articles in no story are left out. */
    Map<ArticleId, String> storyKeysOf(Collection<ArticleId> articles);

    Optional<byte[]> loadClustererState();

    /** The version of the saved state: 0 while none is saved, raised by one with every save. */
    long clustererStateVersion();

    /** Replaces the saved state and returns its new version. */
    long saveClustererState(byte[] state);
}
