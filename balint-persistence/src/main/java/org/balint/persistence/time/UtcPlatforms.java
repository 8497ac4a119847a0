package org.balint.persistence.time;

import java.util.Objects;
import org.balint.persistence.database.DatabaseEngine;

/**
 * Which EclipseLink database platform keeps Balint's timestamps in UTC on each engine. The
 * {@code balint} persistence unit must be opened with the property {@value #PROPERTY} set to
 * {@link #forEngine(DatabaseEngine)}: {@link org.balint.persistence.database.StandaloneDatabase}
 * does so itself; inside Open Liberty the server configuration of the chosen database sets it.
 */
public final class UtcPlatforms {

    /** The persistence unit property that names the platform. */
    public static final String PROPERTY = "eclipselink.target-database";

    private UtcPlatforms() {
    }

    /** The platform class name to give {@value #PROPERTY} for {@code engine}. */
    public static String forEngine(DatabaseEngine engine) {
        Objects.requireNonNull(engine, "engine");
        switch (engine) {
            case DERBY:
                return UtcDerbyPlatform.class.getName();
            case POSTGRESQL:
                return UtcPostgreSQLPlatform.class.getName();
            default:
                throw new IllegalArgumentException("no platform for " + engine);
        }
    }
}
