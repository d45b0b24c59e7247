package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.migrations.MigrateOutcome;
import io.newsaggregator.migrations.MigrationStatus;
import io.newsaggregator.migrations.NewsMigrations;
import io.newsaggregator.migrations.ValidationOutcome;
import io.newsaggregator.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class NewsMigrationsIT {

    @Test
    void migratesAnEmptySchemaAndValidatesCleanly() {
        TestDatabase.Schema schema = TestDatabase.shared().emptySchema("");
        try {
            NewsMigrations migrations = schema.migrations();
            assertThat(migrations.info().pending()).extracting(e -> e.version()).contains("1");

            MigrateOutcome outcome = migrations.migrate();

            assertThat(outcome.fromVersion()).isNull();
            assertThat(outcome.appliedVersions()).containsExactly("1", "2", "3", "4");
            assertThat(outcome.toVersion()).isEqualTo("4");
            ValidationOutcome validation = migrations.validate();
            assertThat(validation.valid()).as(validation.problems().toString()).isTrue();
            assertThat(validation.problems()).isEmpty();
            MigrationStatus status = migrations.info();
            assertThat(status.currentVersion()).isEqualTo("4");
            assertThat(status.isUpToDate()).isTrue();
            assertThat(status.applied()).extracting(e -> e.state()).containsExactly("Success", "Success", "Success", "Success");
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
            assertThat(first.migrate().appliedVersions()).containsExactly("1", "2", "3", "4");
            assertThat(second.migrate().appliedVersions()).as("a second prefix in the same schema").containsExactly("1", "2", "3", "4");
            assertThat(first.validate().valid()).isTrue();
            assertThat(second.validate().valid()).isTrue();
        } finally {
            new TestDatabase.Schema(db, name, "").drop();
        }
    }
}
