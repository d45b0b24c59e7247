package io.newsaggregator.persistence;

import io.newsaggregator.persistence.testing.TestDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A freshly migrated schema of the test database with the persistence started on it, for one test
 * class: registered as an extension by classes that extend a contract instead of
 * {@link JpaTestSupport}, started and stopped by hand by that one.
 */
final class TestPersistence implements BeforeAllCallback, AfterAllCallback {
    private final String tablePrefix;
    private TestDatabase.Schema schema;
    private JpaPersistence persistence;

    TestPersistence(String tablePrefix) {
        this.tablePrefix = tablePrefix;
    }

    void start() {
        schema = TestDatabase.shared().freshSchema(tablePrefix);
        persistence = JpaPersistence.start(schema.settings());
    }

    void stop() {
        try {
            if (persistence != null) {
                persistence.close();
            }
        } finally {
            if (schema != null) {
                schema.drop();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    TestDatabase.Schema schema() {
        return schema;
    }

    JpaPersistence persistence() {
        return persistence;
    }
}
