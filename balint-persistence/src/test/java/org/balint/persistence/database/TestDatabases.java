package org.balint.persistence.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases the tests run against: embedded Derby in memory by default, or the PostgreSQL server
 * on 127.0.0.1:5432 when the build runs with {@code -Ppostgres} (system property
 * {@code balint.test.db=postgres}, or environment variable {@code BALINT_TEST_DB=postgres}).
 *
 * <p>On PostgreSQL every database a test asks for is created under a name unique to this test run
 * ({@code balint_test_<time>_<pid>_<n>}), so parallel runs never meet, and is dropped when the test
 * JVM ends. Tests share one migrated database per run and keep out of each other's way by each
 * registering tenants of their own.
 */
public final class TestDatabases {

    private static final String RUN = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .format(LocalDateTime.now(ZoneOffset.UTC)) + "_" + ProcessHandle.current().pid();
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<AutoCloseable> TO_CLOSE = new ArrayList<>();
    private static StandaloneDatabase shared;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::closeAll, "drop test databases"));
    }

    private TestDatabases() {
    }

    /** The engine this test run uses. */
    public static DatabaseEngine engine() {
        String chosen = Optional.ofNullable(System.getProperty("balint.test.db"))
                .or(() -> Optional.ofNullable(System.getenv("BALINT_TEST_DB")))
                .filter(value -> !value.isBlank())
                .orElse("derby")
                .trim()
                .toLowerCase(Locale.ROOT);
        switch (chosen) {
            case "derby":
                return DatabaseEngine.DERBY;
            case "postgres":
            case "postgresql":
                return DatabaseEngine.POSTGRESQL;
            default:
                throw new IllegalStateException("balint.test.db must be 'derby' or 'postgres', not '" + chosen + "'");
        }
    }

    /** The migrated database shared by this run's tests, opened on first use. */
    public static synchronized StandaloneDatabase shared() {
        if (shared == null) {
            shared = StandaloneDatabase.open(emptyDatabase());
            TO_CLOSE.add(0, shared);
        }
        return shared;
    }

    /** A new database with nothing in it, not even Balint's schema; dropped when the run ends. */
    public static synchronized DatabaseConnection emptyDatabase() {
        if (engine() == DatabaseEngine.DERBY) {
            DatabaseConnection connection = DatabaseConnection.derbyInMemory();
            TO_CLOSE.add(() -> dropDerby(connection));
            return connection;
        }
        String name = "balint_test_" + RUN + "_" + COUNTER.incrementAndGet();
        administer("CREATE DATABASE " + name);
        TO_CLOSE.add(() -> administer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
        return DatabaseConnection.postgres(postgresHost(), postgresPort(), name, postgresUser(), postgresPassword());
    }

    private static void administer(String sql) {
        String url = "jdbc:postgresql://" + postgresHost() + ":" + postgresPort() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, postgresUser(), postgresPassword());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused '" + sql + "': " + e.getMessage()
                    + " (is it running? pg_ctlcluster <version> main start)", e);
        }
    }

    private static void dropDerby(DatabaseConnection connection) {
        connection.dropDerbyInMemory().ifPresent(url -> {
            try {
                DriverManager.getConnection(url).close();
            } catch (SQLException dropped) {
                // 08006: dropped; XJ004: it was already dropped by StandaloneDatabase.close()
            }
        });
    }

    private static synchronized void closeAll() {
        for (AutoCloseable resource : TO_CLOSE) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("Could not clean up a test database: " + e.getMessage());
            }
        }
        TO_CLOSE.clear();
    }

    private static String postgresHost() {
        return System.getProperty("balint.test.postgres.host", "127.0.0.1");
    }

    private static int postgresPort() {
        return Integer.parseInt(System.getProperty("balint.test.postgres.port", "5432"));
    }

    private static String postgresUser() {
        return System.getProperty("balint.test.postgres.user", "postgres");
    }

    private static String postgresPassword() {
        return System.getProperty("balint.test.postgres.password", "");
    }
}
