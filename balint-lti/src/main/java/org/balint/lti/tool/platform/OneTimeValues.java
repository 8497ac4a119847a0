package org.balint.lti.tool.platform;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.balint.lti.protocol.store.Jdbc;
import org.balint.lti.tool.placement.Digests;

/**
 * Values a page hands out with a confirm button and accepts exactly once ({@code lti_one_time_value}),
 * so that a second press of the same button (a double click, a reload that posts again) does not
 * repeat a purge or a key rotation. Only the SHA-256 of a value is stored; a value names its purpose
 * and its owner (a platform registration, or the tool operator), so it confirms nothing else.
 */
public final class OneTimeValues {

    /** How long a confirm button stays usable after its page was shown. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(30);

    /** What a presented value amounts to. */
    public enum Use {
        /** The value was waiting for this use, and is now used. */
        ACCEPTED,
        /** The value was used before: the button was pressed twice. */
        ALREADY_USED,
        /** The value expired before it was used. */
        EXPIRED,
        /** No such value was handed out for this purpose and owner (missing, mistyped, or another's). */
        UNKNOWN
    }

    private static final int SECRET_BYTES = 32;

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    /** Values kept in {@code dataSource}, usable for {@code lifetime} after they are handed out. */
    public OneTimeValues(DataSource dataSource, Clock clock, Duration lifetime) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a one-time value needs a positive lifetime: " + lifetime);
        }
    }

    /**
     * A new value for {@code purpose} of {@code owner}; the same transaction drops values that expired
     * a day ago or more, so the table stays small.
     */
    public String issue(String purpose, String owner) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(owner, "owner");
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long now = clock.millis();
        Jdbc.inTransaction(dataSource, "hand out a confirmation value", connection -> {
            try (PreparedStatement purge = connection.prepareStatement(
                    "DELETE FROM lti_one_time_value WHERE expires_at < ?")) {
                purge.setLong(1, now - Duration.ofDays(1).toMillis());
                purge.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lti_one_time_value "
                    + "(value_hash, purpose, owner_key, expires_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, Digests.sha256Hex(value));
                insert.setString(2, purpose);
                insert.setString(3, ownerKey(owner));
                insert.setLong(4, now + lifetime.toMillis());
                return insert.executeUpdate();
            }
        });
        return value;
    }

    /**
     * Uses {@code value} for {@code purpose} of {@code owner}: {@link Use#ACCEPTED} once, in a transaction
     * that marks it used, and {@link Use#ALREADY_USED} for every later try.
     */
    public Use use(String purpose, String owner, Optional<String> value) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(value, "value");
        Optional<String> given = value.map(String::strip).filter(v -> !v.isEmpty() && v.length() <= 100);
        if (given.isEmpty()) {
            return Use.UNKNOWN;
        }
        String hash = Digests.sha256Hex(given.get());
        String ownerKey = ownerKey(owner);
        long now = clock.millis();
        return Jdbc.inTransaction(dataSource, "use a confirmation value", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE lti_one_time_value SET used_at = ? "
                    + "WHERE value_hash = ? AND purpose = ? AND owner_key = ? AND used_at IS NULL AND expires_at > ?")) {
                update.setLong(1, now);
                update.setString(2, hash);
                update.setString(3, purpose);
                update.setString(4, ownerKey);
                update.setLong(5, now);
                if (update.executeUpdate() == 1) {
                    return Use.ACCEPTED;
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT used_at, expires_at FROM "
                    + "lti_one_time_value WHERE value_hash = ? AND purpose = ? AND owner_key = ?")) {
                select.setString(1, hash);
                select.setString(2, purpose);
                select.setString(3, ownerKey);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Use.UNKNOWN;
                    }
                    row.getLong(1);
                    return row.wasNull() ? Use.EXPIRED : Use.ALREADY_USED;
                }
            }
        });
    }

    private static String ownerKey(String owner) {
        return Digests.sha256Hex(owner);
    }
}
