package org.balint.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
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

    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__\\w+\\.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(\\w+)");

    /** The migrations this build ships, read from the classpath like Flyway does. */
    private static final List<Path> MIGRATIONS = migrationScripts();
    private static final String LATEST = MIGRATIONS.stream().map(MigratingAnEmptyDatabaseTest::versionOf)
            .max(Comparator.naturalOrder()).map(String::valueOf).orElseThrow();

    @Test
    @DisplayName("an empty database migrates to the latest schema version, with every table the migrations create")
    void emptyDatabaseReachesTheLatestVersion() throws SQLException, IOException {
        DatabaseConnection empty = TestDatabases.emptyDatabase();
        SchemaMigrator migrator = new SchemaMigrator(empty.dataSource());
        assertThat(migrator.currentVersion()).isEmpty();

        SchemaReport report = migrator.migrate();

        assertThat(report.engine()).isEqualTo(TestDatabases.engine());
        assertThat(report.versionBefore()).isEmpty();
        assertThat(report.version()).isEqualTo(LATEST);
        assertThat(report.migrationsApplied()).isEqualTo(MIGRATIONS.size());
        assertThat(report.wasAlreadyUpToDate()).isFalse();
        assertThat(migrator.currentVersion()).contains(LATEST);
        assertThat(tablesIn(empty)).contains("tenant", "outbox", "flyway_schema_history")
                .containsAll(tablesCreatedByTheMigrations());
        assertThat(report).hasToString("Balint schema on " + report.engine().productName()
                + " migrated from an empty database to version " + LATEST + " (" + MIGRATIONS.size() + " migrations)");
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

    private static List<Path> migrationScripts() {
        try {
            URL folder = MigratingAnEmptyDatabaseTest.class.getClassLoader().getResource("db/migration");
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.filter(file -> SCRIPT.matcher(file.getFileName().toString()).matches()).sorted().toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the migration scripts", e);
        }
    }

    private static int versionOf(Path script) {
        Matcher name = SCRIPT.matcher(script.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException("not a migration script: " + script);
        }
        return Integer.parseInt(name.group(1));
    }

    private static Set<String> tablesCreatedByTheMigrations() throws IOException {
        Set<String> tables = new TreeSet<>();
        for (Path script : MIGRATIONS) {
            Matcher created = CREATE_TABLE.matcher(Files.readString(script));
            while (created.find()) {
                tables.add(created.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
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
