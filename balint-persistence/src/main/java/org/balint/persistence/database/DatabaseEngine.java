package org.balint.persistence.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The database products Balint stores its records in: embedded Apache Derby, the zero-configuration
 * default for a single installation, and PostgreSQL for institutions running several application
 * nodes. Adapters use the engine only where SQL genuinely differs (row locking that skips rows other
 * nodes hold); the schema migrations are the same on both.
 */
public enum DatabaseEngine {

    /** Apache Derby 10.16, embedded in the application's JVM. */
    DERBY("Apache Derby"),

    /** PostgreSQL (13 or newer), the production database. */
    POSTGRESQL("PostgreSQL");

    private final String productName;

    DatabaseEngine(String productName) {
        this.productName = productName;
    }

    /** The product name the JDBC driver reports, for example {@code PostgreSQL}. */
    public String productName() {
        return productName;
    }

    /** The engine whose JDBC driver reports {@code productName}, if Balint supports it. */
    public static Optional<DatabaseEngine> fromProductName(String productName) {
        Objects.requireNonNull(productName, "productName");
        String wanted = productName.trim().toLowerCase(Locale.ROOT);
        for (DatabaseEngine engine : values()) {
            if (engine.productName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(engine);
            }
        }
        return Optional.empty();
    }

    /**
     * Asks the database behind {@code dataSource} what it is.
     *
     * @throws IllegalStateException when the database cannot be reached or is not a supported
     *     product: the installation is misconfigured and Balint cannot start on it
     */
    public static DatabaseEngine of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return fromProductName(product).orElseThrow(() -> new IllegalStateException(
                    "Balint stores its records in Apache Derby or PostgreSQL, but the configured data source is "
                            + product + "; point it at one of those."));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach the database to find out what it is: " + e.getMessage(), e);
        }
    }
}
