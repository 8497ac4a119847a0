package org.balint.lti.protocol.store;

import com.nimbusds.jose.jwk.RSAKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.balint.lti.protocol.keys.ToolKey;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.keys.ToolKeySet;
import org.balint.lti.protocol.keys.ToolKeyStore;

/**
 * The tool's keys in the table {@code lti_tool_key}, shared by every server node.
 *
 * <p>Exactly one row is active (its {@code active} column holds 1 under a unique constraint). When no
 * key exists, the node that asks first inserts one; a node that loses that race hits the constraint,
 * rolls back and reads the winner's key. A rotation is a compare-and-set in one transaction: the
 * active key is retired only if it is still the one the caller names, then the new key is inserted as
 * active and keys past their overlap window are deleted.
 *
 * <p>Private keys are stored encrypted by a {@link ToolKeyCipher}. Every stored key is decrypted when
 * the keys are read, so a wrong key-encryption secret fails at once with an
 * {@link IllegalStateException} instead of when the tool first signs.
 */
public final class JdbcToolKeyStore implements ToolKeyStore {

    private static final String COLUMNS = "kid, public_jwk, private_jwk, created_at, retired_at, expires_at, active";

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration overlap;
    private final ToolKeyCipher cipher;
    private final Supplier<RSAKey> keyGenerator;

    /**
     * A store generating 2048-bit keys with {@link ToolKeyRing#newKey()}.
     *
     * @param overlap how long a retired key stays published: at least the lifetime of any token the
     *                tool signs
     */
    public JdbcToolKeyStore(DataSource dataSource, Clock clock, Duration overlap, ToolKeyCipher cipher) {
        this(dataSource, clock, overlap, cipher, ToolKeyRing::newKey);
    }

    /** A store that makes its first key with {@code keyGenerator}. */
    public JdbcToolKeyStore(DataSource dataSource, Clock clock, Duration overlap, ToolKeyCipher cipher,
            Supplier<RSAKey> keyGenerator) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.overlap = Objects.requireNonNull(overlap, "overlap");
        if (overlap.isNegative() || overlap.isZero()) {
            throw new IllegalArgumentException("overlap must be positive");
        }
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.keyGenerator = Objects.requireNonNull(keyGenerator, "keyGenerator");
    }

    @Override
    public ToolKeySet current() {
        Optional<ToolKeySet> stored = read();
        if (stored.isPresent()) {
            return stored.get();
        }
        RSAKey first = ToolKeyRing.requireSigningKey(keyGenerator.get());
        Instant now = clock.instant();
        try {
            Jdbc.inTransaction(dataSource, "store the tool's first key", connection -> {
                insertActive(connection, first, now);
                return null;
            });
        } catch (LtiStoreException e) {
            if (!Jdbc.isUniqueViolation(e)) {
                throw e;
            }
            // another node stored the first key at the same moment: its key is the one
        }
        return read().orElseThrow(() -> new LtiStoreException("The tool's first key was stored but cannot be read back",
                new IllegalStateException("no active key")));
    }

    @Override
    public ToolKeySet rotate(String retiringKid, RSAKey next) {
        Objects.requireNonNull(retiringKid, "retiringKid");
        ToolKeyRing.requireSigningKey(next);
        Instant now = clock.instant();
        Jdbc.inTransaction(dataSource, "rotate the tool's key", connection -> {
            try (PreparedStatement retire = connection.prepareStatement("UPDATE lti_tool_key SET active = NULL, "
                    + "retired_at = ?, expires_at = ? WHERE kid = ? AND active = 1")) {
                retire.setLong(1, Jdbc.millis(now));
                retire.setLong(2, Jdbc.millis(now.plus(overlap)));
                retire.setString(3, retiringKid);
                if (retire.executeUpdate() == 0) {
                    connection.rollback();
                    return null;
                }
            }
            insertActive(connection, next, now);
            deleteExpired(connection, now);
            return null;
        });
        return current();
    }

    /** Deletes the retired keys whose overlap window has passed; returns how many. */
    public int deleteExpired() {
        Instant now = clock.instant();
        return Jdbc.inTransaction(dataSource, "delete expired tool keys", connection -> deleteExpired(connection, now));
    }

    private Optional<ToolKeySet> read() {
        Instant now = clock.instant();
        return Jdbc.inTransaction(dataSource, "read the tool's keys", connection -> {
            Optional<ToolKey> active = Optional.empty();
            List<ToolKey> retired = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM lti_tool_key WHERE active = 1 OR expires_at > ?")) {
                select.setLong(1, Jdbc.millis(now));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        String kid = row.getString("kid");
                        RSAKey privateKey = cipher.decrypt(row.getString("private_jwk"), kid);
                        RSAKey publicKey = publicKey(row.getString("public_jwk"), kid);
                        if (!publicKey.toPublicJWK().equals(privateKey.toPublicJWK())) {
                            throw new IllegalStateException("The stored public and private parts of tool key '" + kid
                                    + "' do not match");
                        }
                        Instant created = Instant.ofEpochMilli(row.getLong("created_at"));
                        Optional<Instant> retiredAt = Jdbc.instant(row, "retired_at");
                        Optional<Instant> expiresAt = Jdbc.instant(row, "expires_at");
                        if (retiredAt.isEmpty()) {
                            active = Optional.of(ToolKey.active(privateKey, created));
                        } else {
                            retired.add(new ToolKey(publicKey, created, retiredAt, expiresAt));
                        }
                    }
                }
            }
            retired.sort(Comparator.comparing((ToolKey k) -> k.retiredAt().orElseThrow()).reversed());
            return active.map(a -> new ToolKeySet(a, retired));
        });
    }

    private static RSAKey publicKey(String json, String kid) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored public part of tool key '" + kid + "' is not an RSA JWK", e);
        }
    }

    private void insertActive(Connection connection, RSAKey key, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lti_tool_key (kid, public_jwk, "
                + "private_jwk, created_at, activated_at, active) VALUES (?, ?, ?, ?, ?, 1)")) {
            insert.setString(1, key.getKeyID());
            insert.setString(2, key.toPublicJWK().toJSONString());
            insert.setString(3, cipher.encrypt(key));
            insert.setLong(4, Jdbc.millis(now));
            insert.setLong(5, Jdbc.millis(now));
            insert.executeUpdate();
        }
    }

    private static int deleteExpired(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM lti_tool_key WHERE active IS NULL AND expires_at <= ?")) {
            delete.setLong(1, Jdbc.millis(now));
            return delete.executeUpdate();
        }
    }
}
