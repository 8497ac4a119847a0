package org.balint.lti.protocol.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.balint.lti.protocol.login.LaunchStateStore;
import org.balint.lti.protocol.login.LaunchStateStoreContract;
import org.balint.lti.protocol.login.PendingLogin;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.support.TestDataSources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The launch state store in the database")
class JdbcLaunchStateStoreTest extends LaunchStateStoreContract {

    /** One database for the class (creating databases is slow on PostgreSQL); emptied for each store. */
    private static DataSource shared;
    private DataSource dataSource;

    @Override
    protected LaunchStateStore newStore(MutableClock clock) {
        synchronized (JdbcLaunchStateStoreTest.class) {
            if (shared == null) {
                shared = TestDataSources.fresh("launchstate");
            }
        }
        dataSource = shared;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM lti_used_nonce");
            statement.executeUpdate("DELETE FROM lti_login");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new JdbcLaunchStateStore(dataSource, clock);
    }

    @Override
    protected void purge(LaunchStateStore store, Instant now) {
        ((JdbcLaunchStateStore) store).purge(now);
    }

    private long rows(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            count.next();
            return count.getLong(1);
        }
    }

    @Test
    @DisplayName("a login started on one node is completed on another, and neither node accepts it again")
    void sharedBetweenNodes() {
        JdbcLaunchStateStore node1 = new JdbcLaunchStateStore(dataSource, clock);
        JdbcLaunchStateStore node2 = new JdbcLaunchStateStore(dataSource, clock);
        node1.save(login("s1", "n1"));

        assertThat(node2.find("s1")).isPresent();
        assertThat(node2.complete("s1", "n1", NOW, NOW.plusSeconds(90))).isTrue();

        assertThat(node1.find("s1").orElseThrow().isCompleted()).isTrue();
        assertThat(node1.isNonceUsed("n1")).isTrue();
        assertThat(node1.complete("s1", "n1", NOW, NOW.plusSeconds(90))).isFalse();
    }

    @Test
    @DisplayName("of launches racing on two nodes with one state, exactly one wins")
    void oneWinnerAcrossNodes() throws Exception {
        List<JdbcLaunchStateStore> nodes = List.of(new JdbcLaunchStateStore(dataSource, clock),
                new JdbcLaunchStateStore(dataSource, clock));
        nodes.get(0).save(login("contested", "n-contested"));

        List<Boolean> outcomes = race(24, i -> nodes.get(i % 2).complete("contested", "n-contested", NOW, NOW.plusSeconds(90)));

        assertThat(outcomes).containsOnlyOnce(true);
    }

    @Test
    @DisplayName("a refused completion writes nothing: no nonce row, the login still open")
    void refusedCompletionWritesNothing() throws Exception {
        LaunchStateStore store = newStore(clock);
        store.save(login("s1", "n1"));
        store.save(login("s2", "n2"));
        store.complete("s1", "n1", NOW, NOW.plusSeconds(90));

        assertThat(store.complete("s2", "n1", NOW, NOW.plusSeconds(90))).isFalse();
        assertThat(store.complete("unknown", "n2", NOW, NOW.plusSeconds(90))).isFalse();

        assertThat(rows("lti_used_nonce")).isEqualTo(1);
        assertThat(store.find("s2").orElseThrow().completedAt()).isEmpty();
    }

    @Test
    @DisplayName("states and nonces longer than any stored one are simply unknown")
    void overlongValuesAreUnknown() {
        LaunchStateStore store = newStore(clock);
        String huge = "x".repeat(5_000);

        assertThat(store.find(huge)).isEmpty();
        assertThat(store.isNonceUsed(huge)).isFalse();
        assertThat(store.complete(huge, huge, NOW, NOW.plusSeconds(90))).isFalse();
        assertThat(store.find("")).isEmpty();
    }

    @Test
    @DisplayName("a login whose target_link_uri is longer than the column is refused before anything is written")
    void overlongTargetLinkUri() throws Exception {
        LaunchStateStore store = newStore(clock);
        PendingLogin login = new PendingLogin("s1", "n1", PendingLogin.hash("b"), "https://lms.example.edu", "tool",
                Optional.empty(), URI.create("https://tool.example.org/lti/launch?q=" + "a".repeat(3_000)), NOW,
                NOW.plusSeconds(300));

        assertThatThrownBy(() -> store.save(login)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("target_link_uri");
        assertThat(rows("lti_login")).isZero();
    }

    @Test
    @DisplayName("one purge deletes at most a bounded batch; the next one continues")
    void purgeIsBounded() throws Exception {
        JdbcLaunchStateStore store = (JdbcLaunchStateStore) newStore(clock);
        int logins = JdbcLaunchStateStore.PURGE_BATCH + 20;
        // Saves purge by the clock as they go; keep it at the start so nothing expires meanwhile.
        for (int i = 0; i < logins; i++) {
            store.save(login("s" + i, "n" + i));
        }
        Instant later = NOW.plus(Duration.ofMinutes(10));

        assertThat(store.purge(later)).isEqualTo(JdbcLaunchStateStore.PURGE_BATCH);
        assertThat(rows("lti_login")).isEqualTo(20);
        assertThat(store.purge(later)).isEqualTo(20);
        assertThat(rows("lti_login")).isZero();
    }

    @Test
    @DisplayName("saving logins purges expired ones along the way")
    void savesPurge() throws Exception {
        LaunchStateStore store = newStore(clock);
        store.save(login("old", "n-old"));
        clock.advance(Duration.ofMinutes(6));

        Instant now = clock.instant();
        for (int i = 0; i < JdbcLaunchStateStore.PURGE_EVERY; i++) {
            store.save(new PendingLogin("s" + i, "n" + i, PendingLogin.hash("b"), "https://lms.example.edu", "tool",
                    Optional.empty(), URI.create("https://tool.example.org/lti/launch"), now, now.plusSeconds(300)));
        }

        assertThat(store.find("old")).isEmpty();
        assertThat(rows("lti_login")).isEqualTo(JdbcLaunchStateStore.PURGE_EVERY);
    }

    @Test
    @DisplayName("an unreachable database is reported as StoreUnavailable, not as an unknown login")
    void unreachableDatabase() {
        DataSource broken = new BrokenDataSource();
        JdbcLaunchStateStore store = new JdbcLaunchStateStore(broken, clock);

        assertThatThrownBy(() -> store.find("s1")).isInstanceOf(StoreUnavailable.class)
                .hasMessageContaining("could not look up the login");
        assertThatThrownBy(() -> store.isNonceUsed("n1")).isInstanceOf(StoreUnavailable.class);
        assertThatThrownBy(() -> store.complete("s1", "n1", NOW, NOW.plusSeconds(90))).isInstanceOf(StoreUnavailable.class);
        assertThatThrownBy(() -> store.save(login("s1", "n1"))).isInstanceOf(StoreUnavailable.class);
    }

    /** A data source whose database is down. */
    private static final class BrokenDataSource implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("Connection refused", "08001");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
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
