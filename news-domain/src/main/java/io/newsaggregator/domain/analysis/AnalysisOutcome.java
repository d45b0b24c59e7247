package io.newsaggregator.domain.analysis;

/** Whether the analyser could analyse an article revision. */
public enum AnalysisOutcome {
    ANALYSED,
    /**
     * The analyser failed on it: stored with nothing found and no corpus counts, so it is not offered
     * again until it changes, and a later revision takes back no counts it never added.
     */
    FAILED
}
