package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.migrations.MigrateOutcome;
import io.newsaggregator.migrations.MigrationStatus;
import io.newsaggregator.migrations.NewsMigrations;
import io.newsaggregator.migrations.ValidationOutcome;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsMigrationsIT {

    @Test
    void migratesAnEmptySchemaAndValidatesCleanly() {
        TestDatabase.Schema schema = TestDatabase.shared().emptySchema("");
        try {
            NewsMigrations migrations = schema.migrations();
            List<String> all = migrations.info().pending().stream().map(e -> e.version()).toList();
            assertThat(all).startsWith("1", "2", "3", "4");
            String newest = all.get(all.size() - 1);

            MigrateOutcome outcome = migrations.migrate();

            assertThat(outcome.fromVersion()).isNull();
            assertThat(outcome.appliedVersions()).containsExactlyElementsOf(all);
            assertThat(outcome.toVersion()).isEqualTo(newest);
            ValidationOutcome validation = migrations.validate();
            assertThat(validation.valid()).as(validation.problems().toString()).isTrue();
            assertThat(validation.problems()).isEmpty();
            MigrationStatus status = migrations.info();
            assertThat(status.currentVersion()).isEqualTo(newest);
            assertThat(status.isUpToDate()).isTrue();
            assertThat(status.applied()).extracting(e -> e.state()).hasSize(all.size()).containsOnly("Success");
            assertThat(migrations.migrate().appliedVersions()).as("second migrate is a no-op").isEmpty();
            assertThat(migrations.repair().actions()).isNotNull();
        } finally {
            schema.drop();
        }
    }

    @Test
    void createsTheSchemaWhenMissingAndKeepsHistoryPerPrefix() {
        TestDatabase db = TestDatabase.shared();
        String name = "created_" + ProcessHandle.current().pid();
        NewsMigrations first = new NewsMigrations(db.dataSource(), name, "a_");
        NewsMigrations second = new NewsMigrations(db.dataSource(), name, "b_");
        try {
            List<String> all = first.info().pending().stream().map(e -> e.version()).toList();
            assertThat(first.migrate().appliedVersions()).containsExactlyElementsOf(all);
            assertThat(second.migrate().appliedVersions()).as("a second prefix in the same schema").containsExactlyElementsOf(all);
            assertThat(first.validate().valid()).isTrue();
            assertThat(second.validate().valid()).isTrue();
        } finally {
            new TestDatabase.Schema(db, name, "").drop();
        }
    }
}
