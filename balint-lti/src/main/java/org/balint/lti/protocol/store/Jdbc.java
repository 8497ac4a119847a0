package org.balint.lti.protocol.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One transaction per store operation, and the small conversions every store needs: for these stores
 * and for any other JDBC store of the tool.
 */
public final class Jdbc {

    /** SQLSTATE of a unique or primary key violation, on Derby and PostgreSQL alike. */
    public static final String UNIQUE_VIOLATION = "23505";

    /** Work done on one connection inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        /** Does the work on {@code connection}; the caller commits or rolls back. */
        T run(Connection connection) throws SQLException;
    }

    private Jdbc() {
    }

    /**
     * Runs {@code work} in a transaction of its own and commits it; any exception rolls it back. Work
     * that decides not to write calls {@link Connection#rollback()} itself before returning.
     */
    public static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    /**
     * Runs an insert in a transaction of its own: true when it was committed, false when the database
     * refused it as a duplicate key (another writer stored the same row first; nothing was kept).
     */
    public static boolean insertUnlessDuplicate(DataSource dataSource, String what, Work<?> insert) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                insert.run(connection);
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                if (isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    private static StoreUnavailable failed(String what, SQLException e) {
        return StoreUnavailable.described("The database could not " + what + ": " + e.getMessage()
                + " (SQLSTATE " + e.getSQLState() + ")", e);
    }

    /** True when {@code e} (or an exception it wraps) is a unique or primary key violation. */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException && UNIQUE_VIOLATION.equals(((SQLException) t).getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static long millis(Instant instant) {
        return instant.toEpochMilli();
    }

    public static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
    }

    public static void setOptional(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }
}
