package org.balint.lti.protocol.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.balint.lti.protocol.login.LaunchStateStore;
import org.balint.lti.protocol.login.LoginStatus;
import org.balint.lti.protocol.login.PendingLogin;

/**
 * The launch state in the database (tables {@code lti_login} and {@code lti_used_nonce}, migration
 * {@code V1__launch_state.sql}), shared by every node of the tool: a login started on one node can be
 * completed by a launch arriving at another.
 *
 * <p>{@link #complete} is one transaction: a conditional update that marks the login completed only if
 * no launch completed it yet, and an insert of the nonce into a table whose primary key is the nonce.
 * The database serialises concurrent launches on the login's row and on the nonce's key, so exactly
 * one of several launches with the same state or nonce succeeds, on any node; the others change
 * nothing.
 *
 * <p>Rows are kept until their {@code forget_at}: an unfinished login until it expires, a completed
 * login and its nonce until the id_token could no longer be valid. Every {@value #PURGE_EVERY} saves on
 * a node, and whenever {@link #purge} is called, at most {@value #PURGE_BATCH} forgotten rows of each
 * table are deleted, in a transaction of their own, so a purge never holds up a login for long.
 *
 * <p>Values that cannot have been stored (a {@code state} or {@code nonce} longer than the columns)
 * are answered without asking the database. Database failures surface as {@link StoreUnavailable}.
 */
public final class JdbcLaunchStateStore implements LaunchStateStore {

    /** Longest state and nonce the tables hold; the tool's own are 43 characters. */
    public static final int MAX_STATE_LENGTH = 128;
    /** Longest target_link_uri a login can carry. */
    public static final int MAX_TARGET_LINK_URI_LENGTH = 2048;
    /** Longest issuer a login can carry. */
    public static final int MAX_ISSUER_LENGTH = 512;
    /** Longest client_id and deployment_id a login can carry. */
    public static final int MAX_ID_LENGTH = 255;
    /** Saves on one node between two purges. */
    public static final int PURGE_EVERY = 64;
    /** Rows of each table deleted by one purge at most. */
    public static final int PURGE_BATCH = 500;

    private static final Logger LOG = Logger.getLogger(JdbcLaunchStateStore.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String INSERT_LOGIN = "INSERT INTO lti_login (state, nonce, browser_binding_hash, issuer, client_id,"
            + " deployment_id, target_link_uri, issued_at, expires_at, completed_at, forget_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)";
    private static final String FIND_LOGIN = "SELECT nonce, browser_binding_hash, issuer, client_id, deployment_id,"
            + " target_link_uri, issued_at, expires_at, completed_at FROM lti_login WHERE state = ?";
    private static final String NONCE_USED = "SELECT 1 FROM lti_used_nonce WHERE nonce = ?";
    private static final String COMPLETE_LOGIN = "UPDATE lti_login SET completed_at = ?,"
            + " forget_at = CASE WHEN forget_at < CAST(? AS BIGINT) THEN CAST(? AS BIGINT) ELSE forget_at END"
            + " WHERE state = ? AND completed_at IS NULL";
    private static final String USE_NONCE = "INSERT INTO lti_used_nonce (nonce, forget_at)"
            + " SELECT CAST(? AS VARCHAR(128)), forget_at FROM lti_login WHERE state = ?";

    private final DataSource dataSource;
    private final Clock clock;
    private final AtomicInteger savesSincePurge = new AtomicInteger();

    /** A store on {@code dataSource} (migrated by {@link LtiSchema}) that purges by {@code clock}. */
    public JdbcLaunchStateStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException    if a login with this state exists already
     * @throws IllegalArgumentException if a value is longer than its column
     *                                  ({@link #MAX_TARGET_LINK_URI_LENGTH} and the others)
     */
    @Override
    public void save(PendingLogin login) {
        Objects.requireNonNull(login, "login");
        String target = login.targetLinkUri().toString();
        requireFits("state", login.state(), MAX_STATE_LENGTH);
        requireFits("nonce", login.nonce(), MAX_STATE_LENGTH);
        requireFits("browser binding hash", login.browserBindingHash(), 64);
        requireFits("issuer", login.issuer(), MAX_ISSUER_LENGTH);
        requireFits("client_id", login.clientId(), MAX_ID_LENGTH);
        login.deploymentId().ifPresent(d -> requireFits("deployment_id", d, MAX_ID_LENGTH));
        requireFits("target_link_uri", target, MAX_TARGET_LINK_URI_LENGTH);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_LOGIN)) {
                insert.setString(1, login.state());
                insert.setString(2, login.nonce());
                insert.setString(3, login.browserBindingHash());
                insert.setString(4, login.issuer());
                insert.setString(5, login.clientId());
                if (login.deploymentId().isPresent()) {
                    insert.setString(6, login.deploymentId().get());
                } else {
                    insert.setNull(6, Types.VARCHAR);
                }
                insert.setString(7, target);
                insert.setLong(8, login.issuedAt().toEpochMilli());
                insert.setLong(9, login.expiresAt().toEpochMilli());
                insert.setLong(10, login.expiresAt().toEpochMilli());
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new IllegalStateException("A login with this state already exists", e);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreUnavailable("record the login", e);
        }
        if (savesSincePurge.incrementAndGet() >= PURGE_EVERY) {
            savesSincePurge.set(0);
            purgeQuietly();
        }
    }

    @Override
    public Optional<LoginStatus> find(String state) {
        Objects.requireNonNull(state, "state");
        if (state.isEmpty() || state.length() > MAX_STATE_LENGTH) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(FIND_LOGIN)) {
            select.setString(1, state);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                PendingLogin login = new PendingLogin(state, row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), Optional.ofNullable(row.getString(5)), URI.create(row.getString(6)),
                        Instant.ofEpochMilli(row.getLong(7)), Instant.ofEpochMilli(row.getLong(8)));
                long completedAt = row.getLong(9);
                Optional<Instant> completed = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(completedAt));
                return Optional.of(new LoginStatus(login, completed));
            }
        } catch (SQLException e) {
            throw new StoreUnavailable("look up the login", e);
        }
    }

    @Override
    public boolean isNonceUsed(String nonce) {
        Objects.requireNonNull(nonce, "nonce");
        if (nonce.isEmpty() || nonce.length() > MAX_STATE_LENGTH) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(NONCE_USED)) {
            select.setString(1, nonce);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new StoreUnavailable("look up the nonce", e);
        }
    }

    @Override
    public boolean complete(String state, String nonce, Instant completedAt, Instant rememberUntil) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(rememberUntil, "rememberUntil");
        if (state.isEmpty() || state.length() > MAX_STATE_LENGTH || nonce.isEmpty() || nonce.length() > MAX_STATE_LENGTH) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                boolean completed = complete(connection, state, nonce, completedAt, rememberUntil);
                if (completed) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return completed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreUnavailable("complete the launch", e);
        }
    }

    private static boolean complete(Connection connection, String state, String nonce, Instant completedAt,
            Instant rememberUntil) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(COMPLETE_LOGIN)) {
            update.setLong(1, completedAt.toEpochMilli());
            update.setLong(2, rememberUntil.toEpochMilli());
            update.setLong(3, rememberUntil.toEpochMilli());
            update.setString(4, state);
            if (update.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(USE_NONCE)) {
            insert.setString(1, nonce);
            insert.setString(2, state);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Deletes logins and used nonces that no longer need remembering at {@code now}: at most
     * {@value #PURGE_BATCH} rows of each table, in one transaction. Returns how many rows it deleted.
     */
    public int purge(Instant now) {
        Objects.requireNonNull(now, "now");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int deleted = purge(connection, "lti_login", "state", now) + purge(connection, "lti_used_nonce", "nonce", now);
                connection.commit();
                return deleted;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreUnavailable("purge expired logins", e);
        }
    }

    private static int purge(Connection connection, String table, String key, Instant now) throws SQLException {
        List<String> keys = new ArrayList<>();
        // In key order, so that nodes purging at the same time lock rows in the same order.
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + key + " FROM " + table + " WHERE forget_at <= ? ORDER BY " + key)) {
            select.setMaxRows(PURGE_BATCH);
            select.setLong(1, now.toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        if (keys.isEmpty()) {
            return 0;
        }
        int deleted = 0;
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE " + key + " = ? AND forget_at <= ?")) {
            for (String k : keys) {
                delete.setString(1, k);
                delete.setLong(2, now.toEpochMilli());
                delete.addBatch();
            }
            for (int count : delete.executeBatch()) {
                deleted += Math.max(count, 0);
            }
        }
        return deleted;
    }

    private void purgeQuietly() {
        try {
            int deleted = purge(clock.instant());
            if (deleted > 0) {
                LOG.fine(() -> "Purged " + deleted + " expired logins and used nonces");
            }
        } catch (StoreUnavailable e) {
            // The login itself is stored; the next purge deletes what this one could not.
            LOG.log(Level.WARNING, "Purging expired logins failed; the next purge retries", e);
        }
    }

    private static void requireFits(String what, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException("The login's " + what + " is longer than " + max + " characters");
        }
    }
}
