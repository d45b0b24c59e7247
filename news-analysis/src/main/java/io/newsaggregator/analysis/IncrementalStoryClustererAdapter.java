package io.newsaggregator.analysis;

import io.newsaggregator.domain.analysis.Story;
import io.newsaggregator.domain.analysis.StoryAssignment;
import io.newsaggregator.domain.analysis.StoryInput;
import io.newsaggregator.domain.error.MalformedContentException;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.StoryClusterer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@link StoryClusterer} over {@link IncrementalStoryClusterer}. Inside the clusterer a portal is
 * the decimal form of its {@link PortalId} and an article the decimal form of its id; both are
 * turned back into ids on the way out.
 */
final class IncrementalStoryClustererAdapter implements StoryClusterer {

    private final IncrementalStoryClusterer clusterer;

    IncrementalStoryClustererAdapter(IncrementalStoryClusterer clusterer) {
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
    }

    static IncrementalStoryClustererAdapter fresh(StoryClustererSettings settings) {
        return new IncrementalStoryClustererAdapter(new IncrementalStoryClusterer(settings));
    }

    static IncrementalStoryClustererAdapter restore(byte[] state, StoryClustererSettings settings) {
        return new IncrementalStoryClustererAdapter(
                IncrementalStoryClusterer.restore(StoryStateCodec.decode(state), settings));
    }

    @Override
    public StoryAssignment add(StoryInput article) {
        Objects.requireNonNull(article, "article");
        io.newsaggregator.analysis.StoryAssignment assignment = clusterer.add(document(article));
        io.newsaggregator.analysis.Story story = clusterer.story(assignment.storyId())
                .orElseThrow(() -> new IllegalStateException("clusterer lost story " + assignment.storyId()));
        return new StoryAssignment(toDomain(story), assignment.absorbedStoryIds());
    }

    /** The article as the clusterer sees it: portal and article ids in decimal. */
    static StoryDocument document(StoryInput article) {
        return new StoryDocument(article.articleId().toString(), portalKey(article.portalId()),
                article.seenAt(), article.title() == null ? "" : article.title(), article.titleTerms(),
                article.bodyTerms(), new HashSet<>(article.salientTerms()));
    }

    @Override
    public byte[] exportState() {
        return StoryStateCodec.encode(clusterer.exportState());
    }

    static String portalKey(PortalId portal) {
        return Long.toString(portal.value());
    }

    static PortalId portalId(String key) {
        try {
            return PortalId.of(Long.parseLong(key));
        } catch (IllegalArgumentException e) {
            throw new MalformedContentException("story clusterer state",
                    "story clusterer state: portal '" + key + "' is not a portal id", e);
        }
    }

    private static Story toDomain(io.newsaggregator.analysis.Story story) {
        Map<PortalId, Integer> coverage = new LinkedHashMap<>();
        story.coverage().forEach((portal, count) -> coverage.put(portalId(portal), count));
        return new Story(story.id(), story.label().title(), story.label().topTerms(),
                portalId(story.firstSeenPortal()), story.firstSeenAt(), story.lastSeenAt(), story.size(), coverage);
    }
}
