package io.newsaggregator.ingest;

import crawlercommons.robots.SimpleRobotRulesParser;
import java.util.List;
import java.util.Objects;

/** Reads the {@code Sitemap:} lines of a robots.txt body with crawler-commons. */
final class RobotsSitemaps {
    private static final String AGENT = "newsaggregator";

    private RobotsSitemaps() {
    }

    static List<String> of(String robotsUrl, byte[] body) {
        Objects.requireNonNull(robotsUrl, "robotsUrl");
        Objects.requireNonNull(body, "body");
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        return List.copyOf(parser.parseContent(robotsUrl, body, "text/plain", List.of(AGENT)).getSitemaps());
    }
}
