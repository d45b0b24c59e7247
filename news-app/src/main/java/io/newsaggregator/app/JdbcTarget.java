package io.newsaggregator.app;

import java.util.Objects;

/** Where to connect: a JDBC URL and credentials (user and password may be null). */
record JdbcTarget(String url, String user, String password) {
    JdbcTarget {
        Objects.requireNonNull(url, "url");
    }

    @Override
    public String toString() {
        return "JdbcTarget[" + url + ", user=" + user + "]";
    }
}
