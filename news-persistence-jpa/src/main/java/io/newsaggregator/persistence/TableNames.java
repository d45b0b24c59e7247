package io.newsaggregator.persistence;

/**
 * Qualified names of our tables and sequences for the few native statements. Schema and prefix were
 * checked against strict patterns in {@link PersistenceSettings}, so splicing them is safe; values
 * are never spliced.
 */
record TableNames(String schema, String prefix) {

    String table(String name) {
        return schema + "." + prefix + name;
    }

    String article() {
        return table("article");
    }

    String articleRevision() {
        return table("article_revision");
    }

    String articleCategory() {
        return table("article_category");
    }

    String frontier() {
        return table("frontier");
    }

    String ingestRun() {
        return table("ingest_run");
    }

    String feed() {
        return table("feed");
    }
}
