package org.balint.persistence.schema;

import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.balint.persistence.database.DatabaseEngine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the schema this version of Balint expects, at application start-up and
 * before any entity manager is opened.
 *
 * <p>The schema is defined only by the versioned SQL migrations under {@code db/migration} in this
 * module (Flyway naming, {@code V<n>__<what>.sql}), written in SQL that Derby and PostgreSQL both
 * accept. Balint never lets Jakarta Persistence generate or alter tables. Applied migrations are
 * recorded in the database ({@code flyway_schema_history}), so migrating an up-to-date database
 * changes nothing, and a migration that was edited after it ran stops the start-up instead of being
 * silently skipped.
 */
public final class SchemaMigrator {

    /** Where the migrations live on the class path. */
    public static final String MIGRATIONS = "classpath:db/migration";

    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Applies every migration the database has not seen yet, in version order, each in its own
     * transaction.
     *
     * @throws IllegalStateException when the database is not a supported product, or a migration
     *     fails or no longer matches the one that was applied; the application must not start then
     */
    public SchemaReport migrate() {
        DatabaseEngine engine = DatabaseEngine.of(dataSource);
        Flyway flyway = flyway();
        try {
            MigrateResult result = flyway.migrate();
            Optional<String> before = Optional.ofNullable(result.initialSchemaVersion);
            String after = Optional.ofNullable(result.targetSchemaVersion)
                    .or(() -> before)
                    .orElseThrow(() -> new IllegalStateException("the migrations left the database without a schema version"));
            return new SchemaReport(engine, before, after, result.migrationsExecuted);
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new IllegalStateException("The Balint schema could not be migrated on " + engine.productName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The schema version the database has now; empty for a database Balint has never migrated. */
    public Optional<String> currentVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null ? Optional.empty() : Optional.of(current.getVersion().getVersion());
    }

    private Flyway flyway() {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }
}
