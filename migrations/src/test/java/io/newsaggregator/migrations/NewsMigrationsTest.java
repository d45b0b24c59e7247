package io.newsaggregator.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void theShippedVersionsAreThoseOfTheScripts() throws Exception {
        long scripts;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            scripts = files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        }

        assertThat(NewsMigrations.shippedVersions()).contains("1", "2", "12").hasSize((int) scripts)
                .allMatch(v -> v.matches("\\d+(\\.\\d+)*"));
    }

    @Test
    void scriptsAreListedInAJarToo(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : List.of("db/", "db/migration/", "db/migration/V1__baseline.sql", "db/migration/V2_1__more.sql",
                    "db/migrationx/V9__elsewhere.sql", "io/App.class")) {
                out.putNextEntry(new JarEntry(entry));
                out.closeEntry();
            }
        }
        URL location = new URL("jar:" + jar.toUri() + "!/db/migration/");

        assertThat(NewsMigrations.scriptNames(location)).containsExactlyInAnyOrder("V1__baseline.sql", "V2_1__more.sql");
    }
}
