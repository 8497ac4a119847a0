package org.balint.persistence.schema;

import java.util.Objects;
import java.util.Optional;
import org.balint.persistence.database.DatabaseEngine;

/**
 * What a schema migration did: the database it ran on, the schema version found (none for an empty
 * database), the version the database has now, and how many migrations were applied to get there.
 *
 * @param engine            the database product the schema lives in
 * @param versionBefore     the version found before migrating; empty for a database Balint never used
 * @param version           the version the database has now
 * @param migrationsApplied how many migrations ran; zero when the database was already up to date
 */
public record SchemaReport(DatabaseEngine engine, Optional<String> versionBefore, String version, int migrationsApplied) {

    public SchemaReport {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(versionBefore, "versionBefore");
        Objects.requireNonNull(version, "version");
        if (migrationsApplied < 0) {
            throw new IllegalArgumentException("a migration count is never negative: " + migrationsApplied);
        }
    }

    /** True when the database already had the latest schema and nothing was changed. */
    public boolean wasAlreadyUpToDate() {
        return migrationsApplied == 0;
    }

    @Override
    public String toString() {
        return wasAlreadyUpToDate()
                ? "Balint schema on " + engine.productName() + " is up to date at version " + version
                : "Balint schema on " + engine.productName() + " migrated from "
                        + versionBefore.map(v -> "version " + v).orElse("an empty database") + " to version " + version
                        + " (" + migrationsApplied + (migrationsApplied == 1 ? " migration)" : " migrations)");
    }
}
