package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PersistenceSettingsTest {

    @Test
    void refusesSchemaAndPrefixThatCouldInjectSql() {
        PersistenceSettings settings = PersistenceSettings.forUrl("jdbc:postgresql://localhost/news", "news", "secret");

        assertThatThrownBy(() -> settings.withSchema("news; drop schema public"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema");
        assertThatThrownBy(() -> settings.withTablePrefix("x\"")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tablePrefix");
        assertThat(settings.withSchema("news").withTablePrefix("na_").tablePrefix()).isEqualTo("na_");
    }

    @Test
    void refusesNonsenseNumbersAndBothOrNeitherSource() {
        PersistenceSettings settings = PersistenceSettings.forUrl("jdbc:postgresql://localhost/news", null, null);

        assertThatThrownBy(() -> settings.withPoolSize(0)).hasMessageContaining("poolSize");
        assertThatThrownBy(() -> settings.withConnectionTimeout(Duration.ZERO)).hasMessageContaining("connectionTimeout");
        assertThatThrownBy(() -> PersistenceSettings.forUrl("jdbc:mysql://x/y", null, null)).hasMessageContaining("PostgreSQL");
        assertThatThrownBy(() -> new PersistenceSettings(null, null, null, null, "public", "", 1, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO, 1)).hasMessageContaining("either jdbcUrl or dataSource");
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(PersistenceSettings.forUrl("jdbc:postgresql://localhost/news", "news", "s3cret").toString())
                .doesNotContain("s3cret").contains("jdbc:postgresql://localhost/news");
    }
}
