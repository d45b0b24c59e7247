package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsaggregator.migrations.MigrateOutcome;
import io.newsaggregator.migrations.MigrationStatus;
import io.newsaggregator.migrations.NewsMigrations;
import io.newsaggregator.migrations.ValidationOutcome;
import io.newsaggregator.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
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

            assertThat(migrations.isUpToDate()).as("nothing applied").isFalse();

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
            assertThat(migrations.isUpToDate()).isTrue();
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

    @Test
    void aHistoryWithoutTheNewestVersionIsNotUpToDateAndAFailureIsJudgedByFlyway() throws Exception {
        TestDatabase.Schema schema = TestDatabase.shared().freshSchema("");
        try {
            NewsMigrations migrations = schema.migrations();
            String newest = migrations.info().currentVersion();
            String history = schema.name() + ".flyway_schema_history";
            assertThat(migrations.isUpToDate()).isTrue();

            sql(schema, "update " + history + " set success = false where version = '1'");
            assertThat(migrations.isUpToDate()).as("a failed entry is Flyway's to judge").isEqualTo(migrations.info().isUpToDate());

            sql(schema, "update " + history + " set success = true where version = '1'");
            sql(schema, "delete from " + history + " where version = '" + newest + "'");
            assertThat(migrations.isUpToDate()).as("the newest version missing").isFalse();
            assertThat(migrations.info().pending()).extracting(e -> e.version()).containsExactly(newest);
        } finally {
            schema.drop();
        }
    }

    private static void sql(TestDatabase.Schema schema, String statement) throws Exception {
        try (Connection c = schema.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
