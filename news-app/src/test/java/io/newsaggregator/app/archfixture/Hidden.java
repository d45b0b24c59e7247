package io.newsaggregator.app.archfixture;

/** Package-private: a public type nested in it is still out of reach, and no surface. */
final class Hidden {
    public record Nested(int value) {
    }
}
