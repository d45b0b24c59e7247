package io.newsaggregator.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class NewsMigrationsTest {
    private final DataSource unused = new PGSimpleDataSource();

    @Test
    void refusesSchemaAndPrefixNamesThatAreNotPlainIdentifiers() {
        assertThatThrownBy(() -> new NewsMigrations(unused, "news; drop table x", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema");
        assertThatThrownBy(() -> new NewsMigrations(unused, "news", "Na-"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tablePrefix");
        assertThatThrownBy(() -> new NewsMigrations(null, "news", ""))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("dataSource");
    }

    @Test
    void baselineUsesThePlaceholdersForEveryObject() throws Exception {
        String script;
        try (InputStream in = NewsMigrations.class.getResourceAsStream("/db/migration/V1__baseline.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(script).contains("CREATE TABLE ${schema}.${prefix}article (")
                .contains("CONSTRAINT ${prefix}article_portal_canonical_url_uk UNIQUE (portal_id, canonical_url)")
                .contains("USING gin (search_vector)")
                .doesNotContainPattern("(?i)create table (?!\\$\\{schema\\}\\.\\$\\{prefix\\})");
    }
}
