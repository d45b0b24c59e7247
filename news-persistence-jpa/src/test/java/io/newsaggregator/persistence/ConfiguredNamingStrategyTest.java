package io.newsaggregator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.boot.model.naming.Identifier;
import org.junit.jupiter.api.Test;

class ConfiguredNamingStrategyTest {
    private final ConfiguredNamingStrategy strategy = new ConfiguredNamingStrategy("news", "na_");

    @Test
    void prefixesTablesAndSequencesAndPlacesThemInTheSchema() {
        assertThat(strategy.toPhysicalTableName(Identifier.toIdentifier("article_revision"), null).getText())
                .isEqualTo("na_article_revision");
        assertThat(strategy.toPhysicalSequenceName(Identifier.toIdentifier("article_seq"), null).getText())
                .isEqualTo("na_article_seq");
        assertThat(strategy.toPhysicalSchemaName(Identifier.toIdentifier("public"), null).getText()).isEqualTo("news");
    }

    @Test
    void turnsAttributeNamesIntoSnakeCaseColumns() {
        assertThat(strategy.toPhysicalColumnName(Identifier.toIdentifier("canonicalUrl"), null).getText())
                .isEqualTo("canonical_url");
        assertThat(strategy.toPhysicalColumnName(Identifier.toIdentifier("body_text"), null).getText())
                .isEqualTo("body_text");
        assertThat(ConfiguredNamingStrategy.snakeCase("sourcesNotModified")).isEqualTo("sources_not_modified");
    }
}
