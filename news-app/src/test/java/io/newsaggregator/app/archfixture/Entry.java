package io.newsaggregator.app.archfixture;

/** A module's entry, for {@code ArchitectureTest.theRulesFailOnClassesThatBreakThem}. */
public final class Entry {
    /** Nested in the entry: part of its surface. */
    public record Settings(int value) {
    }
}
