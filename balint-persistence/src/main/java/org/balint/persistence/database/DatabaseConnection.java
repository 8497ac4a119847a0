package org.balint.persistence.database;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Where a standalone Balint installation (a test, a benchmark, a command-line tool) finds its
 * database: a JDBC URL with the user name and password to connect with. Inside an application server
 * the server's data source is used instead and this type is not needed.
 *
 * <p>The password never appears in {@link #toString()}.
 *
 * @param jdbcUrl  JDBC URL of the database, for example {@code jdbc:derby:memory:balint;create=true}
 * @param user     user name; empty for embedded Derby without authentication
 * @param password password; empty when the database trusts the connection
 */
public record DatabaseConnection(String jdbcUrl, String user, String password) {

    public DatabaseConnection {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a JDBC URL starts with 'jdbc:': " + jdbcUrl);
        }
    }

    /**
     * A new, empty Derby database that lives only in memory, under a name nobody else uses. It
     * disappears when the JVM ends (or when {@link #dropDerbyInMemory()} removes it earlier).
     */
    public static DatabaseConnection derbyInMemory() {
        return new DatabaseConnection("jdbc:derby:memory:balint-" + UUID.randomUUID() + ";create=true", "", "");
    }

    /** An embedded Derby database kept in {@code directory}, created there on first use. */
    public static DatabaseConnection derbyDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return new DatabaseConnection("jdbc:derby:" + directory.toAbsolutePath() + ";create=true", "", "");
    }

    /** A PostgreSQL database on {@code host:port}. */
    public static DatabaseConnection postgres(String host, int port, String database, String user, String password) {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("a TCP port lies between 1 and 65535: " + port);
        }
        return new DatabaseConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
    }

    /** The engine this URL points at, judged by the URL's sub-protocol. */
    public DatabaseEngine engine() {
        if (jdbcUrl.startsWith("jdbc:derby:")) {
            return DatabaseEngine.DERBY;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return DatabaseEngine.POSTGRESQL;
        }
        throw new IllegalStateException("Balint stores its records in Apache Derby or PostgreSQL, not at " + jdbcUrl);
    }

    /** A data source that opens a new connection through {@link java.sql.DriverManager} each time. */
    public DataSource dataSource() {
        return new DriverManagerDataSource(this);
    }

    /**
     * For an in-memory Derby database: the URL that removes it and frees its memory. Empty for every
     * other database.
     */
    public Optional<String> dropDerbyInMemory() {
        if (!jdbcUrl.startsWith("jdbc:derby:memory:")) {
            return Optional.empty();
        }
        return Optional.of(derbyBase() + ";drop=true");
    }

    /**
     * For a Derby database kept in a directory: the URL that shuts it down cleanly, so the next start
     * needs no recovery. Empty for every other database, a Derby database reached through a network
     * server ({@code jdbc:derby://host:port/...}) included: that one belongs to the server's process.
     */
    public Optional<String> shutDownDerbyDirectory() {
        if (!jdbcUrl.startsWith("jdbc:derby:") || jdbcUrl.startsWith("jdbc:derby:memory:")
                || jdbcUrl.startsWith("jdbc:derby://")) {
            return Optional.empty();
        }
        return Optional.of(derbyBase() + ";shutdown=true");
    }

    private String derbyBase() {
        int options = jdbcUrl.indexOf(';');
        return options < 0 ? jdbcUrl : jdbcUrl.substring(0, options);
    }

    @Override
    public String toString() {
        return "DatabaseConnection[" + jdbcUrl + (user.isEmpty() ? "" : " as " + user) + "]";
    }
}
