package org.balint.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.balint.persistence.database.DatabaseConnection;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.database.TestDatabases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Migrating an empty database")
class MigratingAnEmptyDatabaseTest {

    /** The migrations this module ships (V<n>__<what>.sql), so the test follows every new one. */
    private static final List<Integer> SHIPPED = shippedVersions();
    private static final String LATEST = String.valueOf(SHIPPED.get(SHIPPED.size() - 1));

    @Test
    @DisplayName("an empty database migrates to the latest schema version, with the tenant and outbox tables")
    void emptyDatabaseReachesTheLatestVersion() throws SQLException {
        DatabaseConnection empty = TestDatabases.emptyDatabase();
        SchemaMigrator migrator = new SchemaMigrator(empty.dataSource());
        assertThat(migrator.currentVersion()).isEmpty();

        SchemaReport report = migrator.migrate();

        assertThat(report.engine()).isEqualTo(TestDatabases.engine());
        assertThat(report.versionBefore()).isEmpty();
        assertThat(report.version()).isEqualTo(LATEST);
        assertThat(report.migrationsApplied()).isEqualTo(SHIPPED.size());
        assertThat(report.wasAlreadyUpToDate()).isFalse();
        assertThat(migrator.currentVersion()).contains(LATEST);
        assertThat(tablesIn(empty)).contains("tenant", "outbox", "attendance_sheet", "attendance_audit", "flyway_schema_history");
        assertThat(report).hasToString("Balint schema on " + report.engine().productName()
                + " migrated from an empty database to version " + LATEST + " (" + SHIPPED.size() + " migrations)");
    }

    @Test
    @DisplayName("migrating an up-to-date database again changes nothing")
    void migratingTwiceIsANoOp() throws SQLException {
        DatabaseConnection database = TestDatabases.emptyDatabase();
        new SchemaMigrator(database.dataSource()).migrate();
        Set<String> tablesAfterFirst = tablesIn(database);

        SchemaReport again = new SchemaMigrator(database.dataSource()).migrate();

        assertThat(again.wasAlreadyUpToDate()).isTrue();
        assertThat(again.migrationsApplied()).isZero();
        assertThat(again.versionBefore()).contains(LATEST);
        assertThat(again.version()).isEqualTo(LATEST);
        assertThat(tablesIn(database)).isEqualTo(tablesAfterFirst);
    }

    @Test
    @DisplayName("opening the persistence unit on an unmigrated database creates no tables: the schema comes only from migrations")
    void persistenceUnitNeverGeneratesTheSchema() throws SQLException {
        DatabaseConnection empty = TestDatabases.emptyDatabase();
        Map<String, Object> properties = Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url", empty.jdbcUrl(),
                "jakarta.persistence.jdbc.user", empty.user(),
                "jakarta.persistence.jdbc.password", empty.password(),
                "eclipselink.weaving", "false");
        EntityManagerFactory factory = Persistence.createEntityManagerFactory(StandaloneDatabase.PERSISTENCE_UNIT, properties);
        try {
            factory.createEntityManager().close();
        } finally {
            factory.close();
        }

        assertThat(tablesIn(empty)).doesNotContain("tenant", "outbox");
    }

    private static List<Integer> shippedVersions() {
        try {
            Path migrations = Path.of(SchemaMigrator.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve("db/migration");
            try (Stream<Path> files = Files.list(migrations)) {
                List<Integer> versions = files.map(f -> f.getFileName().toString())
                        .map(Pattern.compile("V(\\d+)__.+\\.sql")::matcher)
                        .filter(Matcher::matches)
                        .map(m -> Integer.valueOf(m.group(1)))
                        .sorted()
                        .toList();
                assertThat(versions).as("migrations under db/migration").isNotEmpty();
                return versions;
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the shipped migrations", e);
        }
    }

    private static Set<String> tablesIn(DatabaseConnection database) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = database.dataSource().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            try (ResultSet rows = metaData.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }
}
