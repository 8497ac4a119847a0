package it.org.balint.lti;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Creates and drops the PostgreSQL database the integration tests' nodes share with {@code -Ppostgres}
 * (the build runs it before the servers start and after they stop): {@code create <name>} or
 * {@code drop <name>}, on the server at 127.0.0.1:5432 as user postgres.
 */
public final class PostgresDatabaseForTheRun {

    private PostgresDatabaseForTheRun() {
    }

    /** {@code create <name>} or {@code drop <name>}. */
    public static void main(String[] args) throws SQLException {
        if (args.length != 2 || !args[1].matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Usage: create|drop <database name of lower-case letters, digits and _>");
        }
        String sql = switch (args[0]) {
            case "create" -> "CREATE DATABASE " + args[1];
            case "drop" -> "DROP DATABASE IF EXISTS " + args[1] + " WITH (FORCE)";
            default -> throw new IllegalArgumentException("Unknown command " + args[0] + "; use create or drop");
        };
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        // The driver itself rather than DriverManager: the build runs this twice in one JVM, each time in
        // a class loader of its own, and DriverManager only knows the driver of the first.
        try (Connection connection = new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:5432/postgres", credentials);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        System.out.println(sql);
    }
}
