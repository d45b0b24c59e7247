package io.newsaggregator.domain.port.in;

/** What a database holds: schema versions, rows per table, ingest runs and frontier entries by status. */
public interface DescribeDatabase {
    /**
     * Reads the description; the counts are left out (empty) while the schema is empty or has
     * pending versions, since the tables may not exist yet.
     */
    DatabaseDescription describe();
}
