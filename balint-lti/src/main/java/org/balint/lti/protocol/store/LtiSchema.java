package org.balint.lti.protocol.store;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The tables an LTI tool keeps for the protocol (logins waiting for their launch, used nonces,
 * platform registrations, the tool's keys, links from LMS courses and users to the application's
 * own records). They are migrated by Flyway from {@value #MIGRATIONS} with a history table of their
 * own ({@value #HISTORY_TABLE}), so they can share a database and schema with the application's
 * tables without either migration history knowing the other.
 *
 * <p>Application servers whose class loaders cannot list a directory (Open Liberty, WebSphere) find
 * the migrations through the empty marker file {@code flyway.location} in the same directory.
 *
 * <p>The migrations are plain SQL that runs on Apache Derby and PostgreSQL; every instant is stored as
 * epoch milliseconds ({@code BIGINT}), so stored times never depend on a JVM or database time zone.
 */
public final class LtiSchema {

    /** Where the migrations live on the class path. */
    public static final String MIGRATIONS = "classpath:db/lti";
    /** Flyway's record of the migrations applied to these tables. */
    public static final String HISTORY_TABLE = "lti_schema_history";

    private final DataSource dataSource;

    public LtiSchema(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Applies every migration the database has not seen yet, in version order, and returns the number
     * applied.
     *
     * @throws IllegalStateException when a migration fails or no longer matches the one that was
     *     applied; the tool must not start then
     */
    public int migrate() {
        try {
            MigrateResult result = Flyway.configure(LtiSchema.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .table(HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .validateMigrationNaming(true)
                    .cleanDisabled(true)
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new IllegalStateException("The LTI tool's tables could not be migrated: " + e.getMessage(), e);
        }
    }
}
