package org.balint.lti.tool.deeplinking;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.store.Jdbc;
import org.balint.lti.tool.placement.Digests;
import org.balint.lti.tool.session.SessionRefusal;

/**
 * The server-side sessions of the content picker ({@code lti_deep_link_session}): the deep-linking
 * request's context, kept between the request and the instructor's choice, reached with a token the
 * page carries (never a cookie, so it works in an LMS frame) and guarded by a CSRF token. Only the
 * SHA-256 of a token is stored. A session is answered at most once. Expired sessions are removed when
 * new ones start, at most once a minute per node.
 */
public final class DeepLinkSessions {

    /** How long an instructor has to choose, as long as a platform usually keeps its request open. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
    /** The longest {@code deep_link_return_url} kept (column size). */
    public static final int MAX_RETURN_URL = 2048;
    /** The longest platform {@code data} kept (column size). */
    public static final int MAX_DATA = 4000;
    /** The longest list of accepted types kept, space separated (column size). */
    static final int MAX_ACCEPT_TYPES = 512;
    /** The reason code of a content-picker form posted again after its answer was made. */
    public static final String ANSWERED = "deep-linking-answered";

    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);
    private static final int SECRET_BYTES = 32;

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();
    private volatile long lastPurge = Long.MIN_VALUE / 2;

    /** Sessions kept in {@code dataSource} for {@code lifetime}, timed by {@code clock}. */
    public DeepLinkSessions(DataSource dataSource, Clock clock, Duration lifetime) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a session lifetime must be positive: " + lifetime);
        }
    }

    /**
     * Whether the context fits the store: a return URL of at most {@value #MAX_RETURN_URL} characters,
     * data of at most {@value #MAX_DATA}, accepted types of at most {@value #MAX_ACCEPT_TYPES} together.
     */
    public static boolean fits(DeepLinkContext context) {
        return context.returnUrl().toString().length() <= MAX_RETURN_URL
                && context.data().map(String::length).orElse(0) <= MAX_DATA
                && String.join(" ", context.acceptTypes()).length() <= MAX_ACCEPT_TYPES
                && context.acceptTypes().stream().noneMatch(type -> type.isEmpty() || type.contains(" "));
    }

    /**
     * Starts a session for {@code context}.
     *
     * @throws IllegalArgumentException when the context does not {@link #fits fit}
     */
    public ActiveDeepLink start(DeepLinkContext context) {
        Objects.requireNonNull(context, "context");
        if (!fits(context)) {
            throw new IllegalArgumentException("the deep-linking context is too long to keep");
        }
        long now = clock.millis();
        String token = secret();
        String csrf = secret();
        boolean purge = now - lastPurge >= PURGE_INTERVAL.toMillis();
        if (purge) {
            lastPurge = now;
        }
        Jdbc.inTransaction(dataSource, "start the content-picker session", connection -> {
            if (purge) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM lti_deep_link_session WHERE expires_at <= ?")) {
                    delete.setLong(1, now);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lti_deep_link_session "
                    + "(session_hash, csrf_secret, issuer, client_id, deployment_id, subject, context_id, return_url, "
                    + "platform_data, accept_types, accept_multiple, created_at, expires_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                PlatformDeployment deployment = context.deployment();
                insert.setString(1, Digests.sha256Hex(token));
                insert.setString(2, csrf);
                insert.setString(3, deployment.issuer());
                insert.setString(4, deployment.clientId());
                insert.setString(5, deployment.deploymentId());
                insert.setString(6, context.subject());
                insert.setString(7, context.contextId().orElse(""));
                insert.setString(8, context.returnUrl().toString());
                Jdbc.setOptional(insert, 9, context.data());
                insert.setString(10, String.join(" ", context.acceptTypes()));
                insert.setInt(11, context.acceptMultiple() ? 1 : 0);
                insert.setLong(12, now);
                insert.setLong(13, now + lifetime.toMillis());
                return insert.executeUpdate();
            }
        });
        return new ActiveDeepLink(token, csrf, context);
    }

    /**
     * The session of a content-picker form post: the token, and the CSRF token the form must echo. An
     * unknown, expired or forged session, or a wrong CSRF token, is refused {@code 401}; a session
     * already answered {@code 409}.
     */
    public DeepLinkCheck verifyPost(Optional<String> token, Optional<String> csrfToken) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Optional<String> given = token.map(String::strip).filter(t -> !t.isEmpty());
        if (given.isEmpty()) {
            return refused(SessionRefusal.SESSION_MISSING);
        }
        Optional<Stored> stored = load(given.get());
        if (stored.isEmpty()) {
            return refused(SessionRefusal.SESSION_UNKNOWN);
        }
        if (clock.millis() >= stored.get().expiresAt()) {
            return refused(SessionRefusal.SESSION_EXPIRED);
        }
        byte[] expected = stored.get().csrf().getBytes(StandardCharsets.US_ASCII);
        byte[] sent = csrfToken.map(String::strip).orElse("").getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, sent)) {
            return refused(SessionRefusal.CSRF_TOKEN_INVALID);
        }
        if (stored.get().answered()) {
            return answered();
        }
        return new DeepLinkCheck.Valid(new ActiveDeepLink(given.get(), stored.get().csrf(), stored.get().context()));
    }

    /**
     * Marks the session answered, once: true for the first caller, false when it was answered already
     * (a form posted twice) or has gone.
     */
    public boolean markAnswered(ActiveDeepLink active) {
        Objects.requireNonNull(active, "active");
        long now = clock.millis();
        int updated = Jdbc.inTransaction(dataSource, "mark the content-picker session answered", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE lti_deep_link_session "
                    + "SET answered_at = ? WHERE session_hash = ? AND answered_at IS NULL AND expires_at > ?")) {
                update.setLong(1, now);
                update.setString(2, Digests.sha256Hex(active.token()));
                update.setLong(3, now);
                return update.executeUpdate();
            }
        });
        return updated == 1;
    }

    /** The refusal of a form posted after its session was answered. */
    static DeepLinkCheck.Refused answered() {
        return new DeepLinkCheck.Refused(ANSWERED, 409, "This choice was already sent to your course; each "
                + "content-picker visit places one group. To place another, open the tool again from the course's "
                + "activity or content picker.");
    }

    private static DeepLinkCheck.Refused refused(SessionRefusal reason) {
        return new DeepLinkCheck.Refused(reason.code(), reason.httpStatus(), reason.message()
                .replace(SessionRefusal.WHAT_TO_DO, "Open the tool again from your course's activity or content picker."));
    }

    private Optional<Stored> load(String token) {
        return Jdbc.inTransaction(dataSource, "read the content-picker session", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT csrf_secret, issuer, client_id, "
                    + "deployment_id, subject, context_id, return_url, platform_data, accept_types, accept_multiple, "
                    + "expires_at, answered_at FROM lti_deep_link_session WHERE session_hash = ?")) {
                select.setString(1, Digests.sha256Hex(token));
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Stored>empty();
                    }
                    String types = row.getString(9);
                    DeepLinkContext context = new DeepLinkContext(new PlatformDeployment(row.getString(2),
                            row.getString(3), row.getString(4)), row.getString(5),
                            Optional.of(row.getString(6)).filter(c -> !c.isEmpty()), URI.create(row.getString(7)),
                            Optional.ofNullable(row.getString(8)),
                            types.isEmpty() ? java.util.List.of() : Arrays.asList(types.split(" ")),
                            row.getInt(10) == 1);
                    long expiresAt = row.getLong(11);
                    row.getLong(12);
                    boolean answered = !row.wasNull();
                    return Optional.of(new Stored(row.getString(1), context, expiresAt, answered));
                }
            }
        });
    }

    private String secret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record Stored(String csrf, DeepLinkContext context, long expiresAt, boolean answered) {
    }

}
