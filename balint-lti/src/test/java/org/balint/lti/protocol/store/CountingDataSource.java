package org.balint.lti.protocol.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source that counts the connections it hands out and can be switched off, as a database going away. */
final class CountingDataSource implements DataSource {

    private final DataSource delegate;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicBoolean down = new AtomicBoolean();

    CountingDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    int connections() {
        return connections.get();
    }

    void down(boolean value) {
        down.set(value);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (down.get()) {
            throw new SQLException("database unreachable", "08001");
        }
        connections.incrementAndGet();
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
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
