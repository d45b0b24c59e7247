package io.newsaggregator.persistence;

import java.util.Locale;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Places every table and sequence in the configured schema under the configured prefix, and turns
 * camelCase attribute names into snake_case columns; the same schema and prefix are the Flyway
 * placeholders of the migrations.
 */
final class ConfiguredNamingStrategy implements PhysicalNamingStrategy {
    private final String schema;
    private final String prefix;

    ConfiguredNamingStrategy(String schema, String prefix) {
        this.schema = schema;
        this.prefix = prefix;
    }

    @Override
    public Identifier toPhysicalCatalogName(Identifier logicalName, JdbcEnvironment environment) {
        return logicalName;
    }

    @Override
    public Identifier toPhysicalSchemaName(Identifier logicalName, JdbcEnvironment environment) {
        return Identifier.toIdentifier(schema);
    }

    @Override
    public Identifier toPhysicalTableName(Identifier logicalName, JdbcEnvironment environment) {
        return Identifier.toIdentifier(prefix + snakeCase(logicalName.getText()));
    }

    @Override
    public Identifier toPhysicalSequenceName(Identifier logicalName, JdbcEnvironment environment) {
        return Identifier.toIdentifier(prefix + snakeCase(logicalName.getText()));
    }

    @Override
    public Identifier toPhysicalColumnName(Identifier logicalName, JdbcEnvironment environment) {
        return Identifier.toIdentifier(snakeCase(logicalName.getText()));
    }

    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && name.charAt(i - 1) != '_') {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
