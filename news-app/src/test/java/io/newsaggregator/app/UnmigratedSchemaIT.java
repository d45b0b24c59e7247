package io.newsaggregator.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.persistence.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A command that reads the store, on a schema never migrated: a usage error that says what to run, not a missing table. */
class UnmigratedSchemaIT {
    private TestDatabase.Schema schema;

    @BeforeEach
    void emptySchema() {
        schema = TestDatabase.shared().emptySchema("");
    }

    @AfterEach
    void drop() {
        schema.drop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sources", "prune --fetch-events-before 30d", "portals", "export"})
    void saysToMigrateFirst(String command) {
        AppRunner.Result result = AppRunner.run(AppRunner.concat(command.split(" "), AppRunner.databaseArgs(schema)));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains("run 'news-app migrate'").doesNotContain("\tat ", "relation", "missing table");
        assertThat(List.of(result.out().split("\n"))).noneMatch(line -> line.startsWith("Deleted"));
    }
}
