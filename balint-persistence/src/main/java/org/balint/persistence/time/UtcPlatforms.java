package org.balint.persistence.time;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.util.Objects;
import org.balint.persistence.database.DatabaseEngine;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;

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

    /**
     * Checks that {@code factory} was opened with one of Balint's UTC platforms, so an installation
     * whose server configuration forgot {@value #PROPERTY} stops at start-up instead of shifting
     * timestamps.
     *
     * @throws IllegalStateException when the persistence unit runs on another platform or provider
     */
    public static void verify(EntityManagerFactory factory) {
        Objects.requireNonNull(factory, "factory");
        Object platform;
        try {
            platform = factory.unwrap(JpaEntityManagerFactory.class).getDatabaseSession().getDatasourcePlatform();
        } catch (PersistenceException notEclipseLink) {
            throw new IllegalStateException("Balint's persistence unit must run on EclipseLink, the provider Open Liberty ships", notEclipseLink);
        }
        if (!(platform instanceof UtcDerbyPlatform) && !(platform instanceof UtcPostgreSQLPlatform)) {
            throw new IllegalStateException("The 'balint' persistence unit runs on " + platform.getClass().getName()
                    + ", which would store timestamps in the JVM's time zone; set the persistence unit property " + PROPERTY
                    + " to " + UtcDerbyPlatform.class.getName() + " or " + UtcPostgreSQLPlatform.class.getName() + ".");
        }
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
