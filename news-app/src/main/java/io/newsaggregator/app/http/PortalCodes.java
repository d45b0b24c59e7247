package io.newsaggregator.app.http;

import io.newsaggregator.app.NewsAggregator;
import io.newsaggregator.domain.model.PortalId;
import java.util.List;
import java.util.Map;

/** Portal codes as the API speaks them, and the ids behind them. */
final class PortalCodes {
    private final NewsAggregator news;

    PortalCodes(NewsAggregator news) {
        this.news = news;
    }

    Map<PortalId, String> codes() {
        return news.portalCodes();
    }

    List<PortalId> ids(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<PortalId, String> known = codes();
        return codes.stream().map(code -> id(known, code)).toList();
    }

    PortalId id(String code) {
        return id(codes(), code);
    }

    private static PortalId id(Map<PortalId, String> known, String code) {
        return known.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stored portal '" + code + "'"));
    }
}
