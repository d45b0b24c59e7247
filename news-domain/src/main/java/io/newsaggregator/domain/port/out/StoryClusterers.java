package io.newsaggregator.domain.port.out;

import java.util.Optional;

/** Makes the {@link StoryClusterer} of one run: new, or continued from a saved state. */
@FunctionalInterface
public interface StoryClusterers {
    /**
     * @param savedState what {@link StoryClusterer#exportState()} returned at the end of an earlier
     *                   run, or empty to start without stories
     * @throws io.newsaggregator.domain.error.MalformedContentException when the state cannot be read
     */
    StoryClusterer restore(Optional<byte[]> savedState);
}
