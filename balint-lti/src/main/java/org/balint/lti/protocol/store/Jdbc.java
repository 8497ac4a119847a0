package org.balint.lti.protocol.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** One transaction per store operation, and the small conversions every store needs. */
final class Jdbc {

    /** SQLSTATE of a unique or primary key violation, on Derby and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";

    /** Work done on one connection inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Jdbc() {
    }

    /**
     * Runs {@code work} in a transaction of its own and commits it; any exception rolls it back. Work
     * that decides not to write calls {@link Connection#rollback()} itself before returning.
     */
    static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
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
            throw new LtiStoreException("The database could not " + what + ": " + e.getMessage()
                    + " (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    /** True when {@code e} (or an exception it wraps) is a unique or primary key violation. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException && UNIQUE_VIOLATION.equals(((SQLException) t).getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static long millis(Instant instant) {
        return instant.toEpochMilli();
    }

    static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
    }

    static void setOptional(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }
}
