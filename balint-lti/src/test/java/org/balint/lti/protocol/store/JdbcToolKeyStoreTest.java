package org.balint.lti.protocol.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.balint.lti.protocol.keys.ToolKey;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.keys.ToolKeySet;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.protocol.support.TestKeys;
import org.balint.lti.support.TestDataSources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The tool's keys in the database")
class JdbcToolKeyStoreTest {

    private static final Duration OVERLAP = Duration.ofHours(1);
    private static final ToolKeyCipher CIPHER = ToolKeyCipher.fromSecret("a-test-secret-of-at-least-32-characters");
    private static final RSAKey JANUARY = TestKeys.rsaKey("tool-2027-01");
    private static final RSAKey APRIL = TestKeys.rsaKey("tool-2027-04");
    private static final RSAKey JULY = TestKeys.rsaKey("tool-2027-07");

    private final MutableClock clock = new MutableClock(Instant.parse("2027-01-04T09:00:00Z"));
    private final DataSource database = TestDataSources.fresh("toolkeys");

    private JdbcToolKeyStore store(RSAKey first) {
        return new JdbcToolKeyStore(database, clock, OVERLAP, CIPHER, () -> first);
    }

    private static List<String> kids(ToolKeySet set) {
        List<String> kids = new ArrayList<>();
        kids.add(set.active().kid());
        set.retired().forEach(k -> kids.add(k.kid()));
        return kids;
    }

    private int rows() throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM lti_tool_key")) {
            row.next();
            return row.getInt(1);
        }
    }

    @Test
    void creates_the_first_key_once_and_every_later_read_returns_it() {
        ToolKeySet first = store(JANUARY).current();
        ToolKeySet later = store(APRIL).current();

        assertThat(first.active().key()).isEqualTo(JANUARY);
        assertThat(first.active().createdAt()).isEqualTo(clock.instant());
        assertThat(later.active().kid()).isEqualTo("tool-2027-01");
        assertThat(later.retired()).isEmpty();
    }

    @Test
    void nodes_starting_together_agree_on_one_first_key() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> nodes = List.of(
                    () -> store(JANUARY).current().active().kid(),
                    () -> store(APRIL).current().active().kid(),
                    () -> store(JULY).current().active().kid(),
                    () -> new JdbcToolKeyStore(database, clock, OVERLAP, CIPHER).current().active().kid());
            List<String> seen = new ArrayList<>();
            for (Future<String> result : pool.invokeAll(nodes, 120, TimeUnit.SECONDS)) {
                seen.add(result.get());
            }
            assertThat(seen).hasSize(4).containsOnly(seen.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void rotation_retires_the_old_key_for_the_overlap_window_then_drops_it() throws Exception {
        JdbcToolKeyStore store = store(JANUARY);
        store.current();
        clock.advance(Duration.ofDays(90));
        Instant rotatedAt = clock.instant();

        ToolKeySet after = store.rotate("tool-2027-01", APRIL);

        assertThat(after.active().key()).isEqualTo(APRIL);
        ToolKey retired = after.retired().get(0);
        assertThat(retired.kid()).isEqualTo("tool-2027-01");
        assertThat(retired.retiredAt()).contains(rotatedAt);
        assertThat(retired.expiresAt()).contains(rotatedAt.plus(OVERLAP));
        assertThat(retired.key().isPrivate()).isFalse();

        clock.advance(OVERLAP.minusSeconds(1));
        assertThat(kids(store.current())).containsExactly("tool-2027-04", "tool-2027-01");
        clock.advance(Duration.ofSeconds(1));
        assertThat(kids(store.current())).containsExactly("tool-2027-04");
        assertThat(store.deleteExpired()).isEqualTo(1);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void a_rotation_naming_a_key_that_is_no_longer_active_changes_nothing() {
        JdbcToolKeyStore nodeA = store(JANUARY);
        JdbcToolKeyStore nodeB = store(JANUARY);
        nodeA.current();

        nodeA.rotate("tool-2027-01", APRIL);
        ToolKeySet after = nodeB.rotate("tool-2027-01", JULY);

        assertThat(kids(after)).containsExactly("tool-2027-04", "tool-2027-01");
    }

    @Test
    void two_rotations_keep_both_retired_keys_each_until_its_own_window_ends() {
        JdbcToolKeyStore store = store(JANUARY);
        store.current();
        store.rotate("tool-2027-01", APRIL);
        clock.advance(Duration.ofMinutes(20));
        store.rotate("tool-2027-04", JULY);

        assertThat(kids(store.current())).containsExactly("tool-2027-07", "tool-2027-04", "tool-2027-01");
        clock.advance(Duration.ofMinutes(40));
        assertThat(kids(store.current())).containsExactly("tool-2027-07", "tool-2027-04");
        clock.advance(Duration.ofMinutes(20));
        assertThat(kids(store.current())).containsExactly("tool-2027-07");
    }

    @Test
    void stores_the_private_key_only_encrypted() throws Exception {
        store(JANUARY).current();

        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT public_jwk, private_jwk FROM lti_tool_key");
             ResultSet row = select.executeQuery()) {
            row.next();
            assertThat(JWK.parse(row.getString("public_jwk")).isPrivate()).isFalse();
            String stored = row.getString("private_jwk");
            assertThat(stored.split("\\.")).hasSize(5);
            assertThat(stored).doesNotContain(JANUARY.getPrivateExponent().toString());
            assertThat(CIPHER.decrypt(stored, "tool-2027-01")).isEqualTo(JANUARY);
        }
    }

    @Test
    void refuses_to_read_keys_under_a_different_secret() {
        store(JANUARY).current();
        JdbcToolKeyStore wrongSecret = new JdbcToolKeyStore(database, clock, OVERLAP,
                ToolKeyCipher.fromSecret("another-secret-of-at-least-32-characters!"), () -> APRIL);

        assertThatThrownBy(wrongSecret::current).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tool-2027-01").hasMessageContaining("cannot be decrypted");
    }

    @Test
    void refuses_an_encrypted_key_moved_to_another_keys_row() {
        String januaryEncrypted = CIPHER.encrypt(JANUARY);

        assertThatThrownBy(() -> CIPHER.decrypt(januaryEncrypted, "tool-2027-04"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another key");
        assertThatThrownBy(() -> ToolKeyCipher.fromSecret("too short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_ring_on_another_node_picks_up_a_rotation_at_its_next_refresh_and_tokens_signed_before_still_verify()
            throws Exception {
        ToolKeyRing nodeA = ToolKeyRing.over(store(JANUARY), clock, Duration.ofSeconds(30));
        ToolKeyRing nodeB = ToolKeyRing.over(store(JANUARY), clock, Duration.ofSeconds(30));
        JWSObject assertion = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("tool-2027-01").build(),
                new Payload("{\"sub\":\"tool\"}"));
        assertion.sign(nodeB.signer());

        nodeA.rotateTo(APRIL);
        assertThat(nodeA.signingKey().getKeyID()).isEqualTo("tool-2027-04");
        assertThat(nodeB.signingKey().getKeyID()).isEqualTo("tool-2027-01");

        clock.advance(Duration.ofSeconds(30));
        assertThat(nodeB.signingKey().getKeyID()).isEqualTo("tool-2027-04");
        RSAKey published = (RSAKey) nodeB.publicKeys().getKeyByKeyId("tool-2027-01");
        assertThat(assertion.verify(new RSASSAVerifier(published))).isTrue();
        assertThat(nodeB.publicJwksJson()).doesNotContain("\"d\"");

        clock.advance(OVERLAP);
        assertThat(nodeB.publicKeys().getKeyByKeyId("tool-2027-01")).isNull();
    }

    @Test
    void rotates_automatically_once_the_active_key_is_older_than_the_period() {
        ToolKeyRing ring = ToolKeyRing.over(store(JANUARY), clock, Duration.ofSeconds(30));
        Duration period = Duration.ofDays(90);

        clock.advance(period.minusSeconds(1));
        assertThat(ring.rotateIfOlderThan(period)).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        Optional<RSAKey> rotated = ring.rotateIfOlderThan(period);

        assertThat(rotated).isPresent();
        assertThat(ring.signingKey()).isEqualTo(rotated.get());
        assertThat(ring.keys().retired()).extracting(ToolKey::kid).containsExactly("tool-2027-01");
        assertThat(ring.rotateIfOlderThan(period)).isEmpty();
    }

    @Test
    void nodes_finding_the_key_due_at_the_same_moment_rotate_it_once() throws Exception {
        store(JANUARY).current();
        clock.advance(Duration.ofDays(90));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Optional<RSAKey>> node = () -> ToolKeyRing.over(new JdbcToolKeyStore(database, clock, OVERLAP, CIPHER),
                    clock, Duration.ofSeconds(30)).rotateIfOlderThan(Duration.ofDays(90));
            List<Optional<RSAKey>> rotated = new ArrayList<>();
            for (Future<Optional<RSAKey>> result : pool.invokeAll(List.of(node, node, node, node), 120, TimeUnit.SECONDS)) {
                rotated.add(result.get());
            }
            assertThat(rotated.stream().filter(Optional::isPresent)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        ToolKeySet after = store(JULY).current();
        assertThat(after.retired()).extracting(ToolKey::kid).containsExactly("tool-2027-01");
        assertThat(rows()).isEqualTo(2);
    }
}
