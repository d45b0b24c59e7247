package io.newsaggregator.domain.service;

import io.newsaggregator.domain.model.Article;
import io.newsaggregator.domain.model.ArticleField;
import io.newsaggregator.domain.model.FetchEvent;
import io.newsaggregator.domain.model.PortalId;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.UrlCanonicalizer;
import io.newsaggregator.domain.query.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides the key each fetched article of a batch is stored under, so that a page cannot take
 * over another article by declaring its canonical URL. A page's declared canonical is trusted when
 * the target confirms it: the page came from that URL (directly or through redirects), or nothing
 * else is stored there, or what is stored there came from this same page or has the same content.
 * Otherwise the page keeps the key of the URL it was fetched from, and the conflict is recorded as
 * a {@code CANONICAL_CONFLICT} fetch event.
 */
final class CanonicalKeys {
    /** An article with the key it is stored under, and the fetch that gave it. */
    record Keyed(Article article, ArticleResult result) {
    }

    private final Repositories repos;
    private final PortalId portalId;
    private final UrlCanonicalizer canonicalizer;
    private final FetchRecorder recorder;

    CanonicalKeys(Repositories repos, PortalId portalId, UrlCanonicalizer canonicalizer, FetchRecorder recorder) {
        this.repos = repos;
        this.portalId = portalId;
        this.canonicalizer = canonicalizer;
        this.recorder = recorder;
    }

    /**
     * One article per key, in the order of {@code fetched}; conflict events are added to
     * {@code events}. A second page under a key already taken in this batch is dropped when its
     * content is the same, and keyed by its own URL when it differs.
     */
    List<Keyed> assign(List<ArticleResult> fetched, List<FetchEvent> events) {
        Map<String, Article> stored = storedUnderDeclaredKeys(fetched);
        List<ArticleResult> confirmedFirst = new ArrayList<>();
        fetched.stream().filter(this::fetchedFromItsKey).forEach(confirmedFirst::add);
        fetched.stream().filter(r -> !fetchedFromItsKey(r)).forEach(confirmedFirst::add);

        Map<String, Keyed> byKey = new LinkedHashMap<>();
        for (ArticleResult result : confirmedFirst) {
            Article article = result.article().orElseThrow();
            String key = article.canonicalUrl();
            if (!fetchedFromItsKey(result) && (isOtherArticle(stored.get(key), result) || isOtherArticle(articleAt(byKey, key), result))) {
                events.add(recorder.conflict(result.event(), "declares the canonical URL " + key
                        + " of a different stored article; kept under the URL it was fetched from"));
                article = withKey(article, result.fetchedKey());
                key = article.canonicalUrl();
            }
            if (!byKey.containsKey(key)) {
                byKey.put(key, new Keyed(article, result));
            }
        }
        List<Keyed> keyed = new ArrayList<>(byKey.values());
        // upsertAll takes articles in any order; keep the fetch order for stable counts and logs
        Map<ArticleResult, Integer> order = new HashMap<>();
        for (int i = 0; i < fetched.size(); i++) {
            order.put(fetched.get(i), i);
        }
        keyed.sort(java.util.Comparator.comparingInt(k -> order.get(k.result())));
        return keyed;
    }

    private boolean fetchedFromItsKey(ArticleResult result) {
        return result.fetchedKey() == null || result.fetchedKey().equals(result.article().orElseThrow().canonicalUrl());
    }

    /** Whether {@code other} is a different article than the one {@code result} fetched. */
    private boolean isOtherArticle(Article other, ArticleResult result) {
        if (other == null) {
            return false;
        }
        Article article = result.article().orElseThrow();
        boolean samePage = canonicalizer.canonicalize(other.url()).map(result.fetchedKey()::equals).orElse(false);
        return !samePage && !Objects.equals(other.contentHash(), article.contentHash());
    }

    private static Article articleAt(Map<String, Keyed> byKey, String key) {
        Keyed keyed = byKey.get(key);
        return keyed == null ? null : keyed.article();
    }

    private Map<String, Article> storedUnderDeclaredKeys(List<ArticleResult> fetched) {
        List<String> declared = fetched.stream().filter(r -> !fetchedFromItsKey(r))
                .map(r -> r.article().orElseThrow().canonicalUrl()).distinct().toList();
        Map<String, Article> stored = new HashMap<>();
        if (!declared.isEmpty()) {
            repos.articles().find(Query.of(Article.class).where(ArticleField.PORTAL_ID.eq(portalId)
                    .and(ArticleField.CANONICAL_URL.in(declared)))).forEach(a -> stored.put(a.canonicalUrl(), a));
        }
        return stored;
    }

    private static Article withKey(Article a, String key) {
        return new Article(a.id(), a.portalId(), key, a.url(), a.title(), a.authors(), a.publishedAt(), a.modifiedAt(),
                a.section(), a.language(), a.lead(), a.bodyText(), a.imageUrl(), a.contentHash(), a.discoveredVia(),
                a.firstSeenAt(), a.lastSeenAt(), a.revision());
    }
}
