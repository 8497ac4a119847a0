package org.balint.lti.tool.course;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * One transaction per store operation: a connection with auto-commit off, committed when the work
 * returns and rolled back when it throws. SQL failures surface as {@link StoreUnavailable}.
 */
public final class Jdbc {

    /** Work on one connection inside the transaction. */
    @FunctionalInterface
    public interface Work<T> {
        /** Does the work; the caller commits or rolls back. */
        T apply(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    /** Transactions on {@code dataSource}. */
    public Jdbc(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Runs {@code work} in a transaction of its own. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreUnavailable(e);
        }
    }

    /**
     * Runs an insert in a transaction of its own: true when it was committed, false when the database
     * refused it as a duplicate key (another writer stored the same row first; nothing was kept).
     */
    public boolean insertUnlessDuplicate(Work<?> insert) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                insert.apply(connection);
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                if (isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreUnavailable(e);
        }
    }

    /** Whether {@code e} reports a duplicate key (SQLState class 23, integrity constraint violation). */
    public static boolean isDuplicateKey(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (next.getSQLState() != null && next.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
