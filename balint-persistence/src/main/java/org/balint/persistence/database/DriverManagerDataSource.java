package org.balint.persistence.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A plain data source for standalone use: every {@link #getConnection()} opens a new connection. */
final class DriverManagerDataSource implements DataSource {

    private final DatabaseConnection connection;
    private PrintWriter logWriter;
    private int loginTimeoutSeconds;

    DriverManagerDataSource(DatabaseConnection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (connection.user().isEmpty()) {
            return DriverManager.getConnection(connection.jdbcUrl());
        }
        return DriverManager.getConnection(connection.jdbcUrl(), connection.user(), connection.password());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(connection.jdbcUrl(), username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("connections are opened through java.sql.DriverManager");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "data source for " + connection;
    }
}
