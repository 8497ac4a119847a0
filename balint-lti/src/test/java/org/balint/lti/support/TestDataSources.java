package org.balint.lti.support;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.balint.lti.protocol.store.LtiSchema;

/**
 * Databases for the store tests: a fresh embedded Derby database in memory by default, or a fresh
 * database on the PostgreSQL server at 127.0.0.1:5432 when the build runs with
 * {@code -Dbalint.test.db=postgres} (the {@code postgres} profile sets it). Either way the LTI tables
 * are migrated, and the database is dropped when the test JVM ends.
 */
public final class TestDataSources {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36) + "_" + ProcessHandle.current().pid();
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<Runnable> DROPS = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDataSources::dropAll, "drop test databases"));
    }

    private TestDataSources() {
    }

    /** True when the tests run against PostgreSQL. */
    public static boolean postgres() {
        String chosen = Optional.ofNullable(System.getProperty("balint.test.db"))
                .or(() -> Optional.ofNullable(System.getenv("BALINT_TEST_DB")))
                .orElse("derby").trim().toLowerCase(Locale.ROOT);
        return chosen.startsWith("postgres");
    }

    /** A new, migrated database; {@code purpose} only makes its name readable. */
    public static synchronized DataSource fresh(String purpose) {
        String name = "lti_" + purpose.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT) + "_" + RUN + "_"
                + COUNTER.incrementAndGet();
        DataSource dataSource;
        if (postgres()) {
            administer("CREATE DATABASE " + name);
            DROPS.add(() -> administer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
            dataSource = new UrlDataSource("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "");
        } else {
            dataSource = new UrlDataSource("jdbc:derby:memory:" + name + ";create=true", "", "");
            DROPS.add(() -> {
                try {
                    DriverManager.getConnection("jdbc:derby:memory:" + name + ";drop=true").close();
                } catch (SQLException dropped) {
                    // 08006 says it was dropped
                }
            });
        }
        new LtiSchema(dataSource).migrate();
        return dataSource;
    }

    private static void administer(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on 127.0.0.1:5432 refused '" + sql + "': " + e.getMessage(), e);
        }
    }

    private static synchronized void dropAll() {
        DROPS.forEach(Runnable::run);
        DROPS.clear();
    }

    /** Connections straight from the driver: enough for tests. */
    private record UrlDataSource(String url, String user, String password) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return user.isEmpty() ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String username, String pass) throws SQLException {
            return DriverManager.getConnection(url, username, pass);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
