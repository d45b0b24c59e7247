package io.newsaggregator.domain.port.in;

import io.newsaggregator.domain.model.Article;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Stored articles out, in id order, page by page: memory stays flat however many there are. */
public interface ExportArticles {
    /**
     * Hands every article the request selects to {@code sink}, in id order.
     *
     * @return how many articles were handed out
     * @throws io.newsaggregator.domain.error.ConfigurationException when a requested portal is not stored
     */
    long export(Request request, Consumer<ExportedArticle> sink);

    /**
     * @param portalCodes only these portals (all when empty)
     * @param seenSince   only articles seen since then (null: all)
     */
    record Request(List<String> portalCodes, Instant seenSince) {
        public Request {
            portalCodes = List.copyOf(portalCodes);
        }
    }

    /**
     * One article with the names it refers to by id.
     *
     * @param portal     the portal's code
     * @param source     the URL of the source that found it, or null
     * @param categories the codes of its categories, sorted
     */
    record ExportedArticle(Article article, String portal, String source, List<String> categories) {
        public ExportedArticle {
            Objects.requireNonNull(article, "article");
            categories = List.copyOf(categories);
        }
    }
}
