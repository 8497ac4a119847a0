package org.balint.lti.tool.roster;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.balint.lti.protocol.store.Jdbc;
import org.balint.lti.tool.placement.CourseKey;

/**
 * Where each placement's roster sync stands ({@code lti_roster_sync}), shared by every node: the
 * start of the last sync, which is also the throttle (a node starts an automatic sync only by moving
 * that instant forward in one conditional update, so of several nodes one wins), the platform's
 * differences link and the outcome of the last sync. No names or e-mail addresses are kept here.
 */
public final class RosterSyncStates {

    /** The outcome of a placement that has a row but no finished sync yet. */
    static final String NOT_YET = "not-synced-yet";
    /** The outcome of a successful sync. */
    static final String SYNCED = "synced";
    /** Longest detail kept (column size). */
    static final int MAX_DETAIL = 1000;
    /** Longest differences link kept (column size); a longer one is not kept, so the next sync reads everything. */
    static final int MAX_URL = 2048;

    private final DataSource dataSource;

    /** States kept in {@code dataSource}. */
    public RosterSyncStates(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Claims a sync of {@code key} at {@code now} unless one started less than {@code throttle} ago
     * (on this node or another); {@link Duration#ZERO} always claims. True when the caller may sync.
     */
    public boolean claim(CourseKey key, Instant now, Duration throttle) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(throttle, "throttle");
        String digest = key.digest();
        long at = now.toEpochMilli();
        long notAfter = at - throttle.toMillis();
        if (moveStart(digest, at, notAfter)) {
            return true;
        }
        boolean inserted = Jdbc.insertUnlessDuplicate(dataSource, "start a roster sync", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lti_roster_sync (placement_key, "
                    + "started_at, outcome, detail, co_leaders_added, members_left, members_unchanged, not_registered) "
                    + "VALUES (?, ?, ?, '', 0, 0, 0, 0)")) {
                insert.setString(1, digest);
                insert.setLong(2, at);
                insert.setString(3, NOT_YET);
                return insert.executeUpdate();
            }
        });
        // a node that lost the insert race lost the claim too, unless no throttle applies
        return inserted || throttle.isZero() && moveStart(digest, at, notAfter);
    }

    private boolean moveStart(String digest, long at, long notAfter) {
        return Jdbc.inTransaction(dataSource, "start a roster sync", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE lti_roster_sync SET started_at = ? WHERE placement_key = ? AND started_at <= ?")) {
                update.setLong(1, at);
                update.setString(2, digest);
                update.setLong(3, notAfter);
                return update.executeUpdate() > 0;
            }
        });
    }

    /** The placement's state, if a sync was ever started. */
    public Optional<SyncState> find(CourseKey key) {
        Objects.requireNonNull(key, "key");
        return Jdbc.inTransaction(dataSource, "read the roster sync state", connection -> read(connection, key.digest()));
    }

    /** Records a successful sync and the differences link the platform offered with it (none: the next reads everything). */
    public void recordSynced(CourseKey key, Instant at, Optional<URI> differences, SyncCounts counts, String detail) {
        Objects.requireNonNull(counts, "counts");
        Optional<String> link = differences.map(URI::toString).filter(url -> url.length() <= MAX_URL);
        write(key, "record a roster sync", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE lti_roster_sync SET finished_at = ?, "
                    + "differences_url = ?, outcome = ?, detail = ?, co_leaders_added = ?, members_left = ?, "
                    + "members_unchanged = ?, not_registered = ? WHERE placement_key = ?")) {
                update.setLong(1, at.toEpochMilli());
                Jdbc.setOptional(update, 2, link);
                update.setString(3, SYNCED);
                update.setString(4, shortened(detail));
                update.setInt(5, counts.coLeadersAdded());
                update.setInt(6, counts.left());
                update.setInt(7, counts.unchanged());
                update.setInt(8, counts.notRegistered());
                update.setString(9, key.digest());
                return update.executeUpdate();
            }
        });
    }

    /**
     * Records a failed sync with its reason code and sentence. The differences link of the last
     * successful sync is kept unless {@code forgetDifferences}.
     */
    public void recordFailed(CourseKey key, Instant at, String code, String detail, boolean forgetDifferences) {
        write(key, "record a failed roster sync", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE lti_roster_sync SET finished_at = ?, "
                    + "outcome = ?, detail = ?" + (forgetDifferences ? ", differences_url = NULL" : "")
                    + " WHERE placement_key = ?")) {
                update.setLong(1, at.toEpochMilli());
                update.setString(2, code.length() <= 64 ? code : code.substring(0, 64));
                update.setString(3, shortened(detail));
                update.setString(4, key.digest());
                return update.executeUpdate();
            }
        });
    }

    private void write(CourseKey key, String what, Jdbc.Work<Integer> update) {
        Objects.requireNonNull(key, "key");
        int rows = Jdbc.inTransaction(dataSource, what, update);
        if (rows == 0) {
            // a sync is always claimed first; a missing row means the claim's row was removed meanwhile
            throw new IllegalStateException("no roster sync was started for resource link " + key.resourceLinkId());
        }
    }

    private static Optional<SyncState> read(Connection connection, String digest) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT started_at, finished_at, differences_url, "
                + "outcome, detail, co_leaders_added, members_left, members_unchanged, not_registered "
                + "FROM lti_roster_sync WHERE placement_key = ?")) {
            select.setString(1, digest);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Optional<Instant> finished = Jdbc.instant(row, "finished_at");
                return Optional.of(new SyncState(Instant.ofEpochMilli(row.getLong(1)), finished,
                        Optional.ofNullable(row.getString(3)).map(URI::create), row.getString(4), row.getString(5),
                        new SyncCounts(row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9))));
            }
        }
    }

    private static String shortened(String detail) {
        return detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }

    /**
     * A placement's roster sync as stored.
     *
     * @param startedAt   when the last sync started
     * @param finishedAt  when the last sync ended, successfully or not
     * @param differences the differences link of the last successful full or differences read, if offered
     * @param outcome     {@code synced}, {@code not-synced-yet} or the reason code of the failure
     * @param detail      the sentence shown to leaders
     * @param counts      the counts of the last successful sync
     */
    public record SyncState(Instant startedAt, Optional<Instant> finishedAt, Optional<URI> differences, String outcome,
            String detail, SyncCounts counts) {

        /** Validates the parts. */
        public SyncState {
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(finishedAt, "finishedAt");
            Objects.requireNonNull(differences, "differences");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(counts, "counts");
        }

        /** True when the last sync succeeded. */
        public boolean succeeded() {
            return SYNCED.equals(outcome);
        }
    }
}
