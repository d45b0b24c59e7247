package io.newsaggregator.migrations;

import io.newsaggregator.domain.error.DataStoreUnavailableException;
import io.newsaggregator.domain.error.UncategorizedDataAccessException;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.RepairResult;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies and inspects the news-aggregator schema with Flyway.
 *
 * <pre>{@code
 * NewsMigrations migrations = new NewsMigrations(dataSource, "news", "");
 * MigrateOutcome outcome = migrations.migrate();
 * MigrationStatus status = migrations.info();
 * }</pre>
 *
 * <p>The schema is created when missing; in a schema that already holds other tables, the history
 * starts with a baseline at version 0 and every version is applied. The history table is {@code <prefix>flyway_schema_history}
 * in that schema, so two prefixes can share one schema. Results are plain records; failures are
 * thrown as {@link DataStoreUnavailableException} (database unreachable) or
 * {@link UncategorizedDataAccessException} carrying Flyway's message.
 */
public final class NewsMigrations {
    private static final Logger log = LoggerFactory.getLogger(NewsMigrations.class);
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9_]{0,30}");

    /** Where the scripts are, on the class path. */
    private static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private final DataSource dataSource;
    private final String schema;
    private final String prefix;
    private Flyway flyway;

    /**
     * @param schema the schema holding our tables, {@code [a-z_][a-z0-9_]*}
     * @param tablePrefix prefix of every table name, {@code [a-z0-9_]*}, may be empty
     */
    public NewsMigrations(DataSource dataSource, String schema, String tablePrefix) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.schema = checkName("schema", schema, SCHEMA);
        this.prefix = checkName("tablePrefix", tablePrefix, PREFIX);
    }

    /** Flyway is configured on first use: {@link #isUpToDate()} alone never needs it. */
    private synchronized Flyway flyway() {
        if (flyway == null) {
            flyway = configure();
        }
        return flyway;
    }

    private Flyway configure() {
        return Flyway.configure(NewsMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table(prefix + "flyway_schema_history")
                .locations("classpath:" + LOCATION)
                .placeholders(Map.of("schema", schema, "prefix", prefix))
                // a schema shared with the host application already holds tables: start our history
                // at version 0 there so that V1 still runs
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("start of news-aggregator history")
                .cleanDisabled(true)
                .load();
    }

    /** Applies every pending version. */
    public MigrateOutcome migrate() {
        MigrateResult result = call("migrate", flyway()::migrate);
        List<String> applied = result.migrations == null ? List.of()
                : result.migrations.stream().map(m -> m.version).toList();
        String now = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        log.info("Schema {}: applied {} migration(s), now at version {}", schema, applied.size(), now);
        return new MigrateOutcome(schema, result.initialSchemaVersion, now, applied,
                result.warnings == null ? List.of() : result.warnings);
    }

    /** The applied and pending versions. */
    public MigrationStatus info() {
        MigrationInfoService info = call("info", flyway()::info);
        MigrationInfo current = info.current();
        return new MigrationStatus(schema,
                current == null || current.getVersion() == null ? null : current.getVersion().getVersion(),
                entries(info.applied()), entries(info.pending()));
    }

    /**
     * Whether every version shipped is applied. Where it is, one query on the history table says so
     * without starting Flyway, which loads, scans and parses every script and took most of the
     * start-up of a command that only reads; anything else (versions missing, a failed entry, no
     * history yet, repeatable scripts) is left to {@link #info()}.
     */
    public boolean isUpToDate() {
        return appliedEveryShippedVersion() || info().isUpToDate();
    }

    private boolean appliedEveryShippedVersion() {
        Set<String> shipped;
        try {
            shipped = shippedVersions();
        } catch (IOException | RuntimeException e) {
            log.debug("Cannot list the shipped migrations without Flyway", e);
            return false;
        }
        if (shipped.isEmpty()) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        String sql = "select version, success from " + schema + "." + prefix + "flyway_schema_history where version is not null";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                applied.add(rs.getString(1));
            }
        } catch (SQLException e) {
            log.debug("Cannot read the history of schema {} directly", schema, e);
            return false;
        }
        return applied.containsAll(shipped);
    }

    /**
     * The versions of the scripts on the class path, as the history table writes them ({@code 1_1} as
     * {@code 1.1}); empty when something there is not a versioned script, which only Flyway can judge.
     */
    static Set<String> shippedVersions() throws IOException {
        Set<String> versions = new TreeSet<>();
        Enumeration<URL> locations = NewsMigrations.class.getClassLoader().getResources(LOCATION);
        while (locations.hasMoreElements()) {
            for (String name : scriptNames(locations.nextElement())) {
                Matcher versioned = VERSIONED.matcher(name);
                if (!versioned.matches()) {
                    return Set.of();
                }
                versions.add(versioned.group(1).replace('_', '.'));
            }
        }
        return versions;
    }

    static List<String> scriptNames(URL location) throws IOException {
        if (location.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) location.openConnection();
            String folder = LOCATION + "/";
            List<String> names = new ArrayList<>();
            // the connection's jar is cached by the JDK for the class path's sake: not closed here
            for (Enumeration<JarEntry> entries = connection.getJarFile().entries(); entries.hasMoreElements(); ) {
                String entry = entries.nextElement().getName();
                if (entry.startsWith(folder) && entry.length() > folder.length() && !entry.endsWith("/")) {
                    names.add(entry.substring(folder.length()));
                }
            }
            return names;
        }
        try (Stream<Path> files = Files.list(Path.of(URI.create(location.toString())))) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    /** Checks applied versions against the scripts shipped; pending versions are not a problem. */
    public ValidationOutcome validate() {
        ValidateResult result = call("validate", () -> Flyway.configure(NewsMigrations.class.getClassLoader())
                .configuration(flyway().getConfiguration())
                .ignoreMigrationPatterns("*:pending")
                .load()
                .validateWithResult());
        List<String> problems = new ArrayList<>();
        if (result.invalidMigrations != null) {
            for (ValidateOutput invalid : result.invalidMigrations) {
                String detail = invalid.errorDetails == null ? "invalid" : invalid.errorDetails.errorMessage;
                problems.add("version " + invalid.version + " (" + invalid.description + "): " + detail);
            }
        }
        if (!result.validationSuccessful && problems.isEmpty() && result.errorDetails != null) {
            problems.add(result.errorDetails.errorMessage);
        }
        return new ValidationOutcome(result.validationSuccessful, problems);
    }

    /**
     * Removes failed entries from the history table and realigns checksums with the shipped scripts.
     * Use only after fixing the cause by hand; see docs/migrations.md.
     */
    public RepairOutcome repair() {
        RepairResult result = call("repair", flyway()::repair);
        List<String> actions = result.repairActions == null ? List.of() : result.repairActions;
        log.info("Schema {}: repair did {}", schema, actions.isEmpty() ? "nothing" : actions);
        return new RepairOutcome(actions);
    }

    private static List<MigrationEntry> entries(MigrationInfo[] infos) {
        return Arrays.stream(infos)
                .map(i -> new MigrationEntry(
                        i.getVersion() == null ? null : i.getVersion().getVersion(),
                        i.getDescription(),
                        i.getState().getDisplayName(),
                        i.getInstalledOn() == null ? null : Instant.ofEpochMilli(i.getInstalledOn().getTime()),
                        i.getScript()))
                .toList();
    }

    private <R> R call(String command, Supplier<R> action) {
        try {
            return action.get();
        } catch (FlywayException e) {
            String message = "Flyway " + command + " of schema '" + schema + "' failed: " + e.getMessage();
            if (isConnectionFailure(e)) {
                throw new DataStoreUnavailableException(message, e);
            }
            throw new UncategorizedDataAccessException(message, e);
        }
    }

    private static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static String checkName(String what, String value, Pattern allowed) {
        Objects.requireNonNull(value, what);
        if (!allowed.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must match " + allowed.pattern() + ", was '" + value + "'");
        }
        return value;
    }
}
