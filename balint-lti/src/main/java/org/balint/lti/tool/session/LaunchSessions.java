package org.balint.lti.tool.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.balint.core.group.GroupId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.store.Jdbc;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.placement.Digests;

/**
 * The server-side sessions of the pages after a launch ({@code lti_launch_session}). They travel in
 * the pages (hidden form field) or in an {@code Authorization: Bearer} header, never in a cookie, so
 * they work inside an LMS frame whose browser blocks third-party cookies. Only the SHA-256 of a
 * session token is stored: a copy of the table does not let anyone act as the person.
 */
public final class LaunchSessions {

    /** How long the pages of one launch stay usable. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(4);

    private static final int SECRET_BYTES = 32;
    /** How often a node removes expired sessions, at most. */
    static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();
    /** When this node last removed expired sessions (epoch milliseconds; long ago at first, without overflow). */
    private final AtomicLong lastPurge = new AtomicLong(Long.MIN_VALUE / 2);

    /** Sessions kept in {@code dataSource} for {@code lifetime}, timed by {@code clock}. */
    public LaunchSessions(DataSource dataSource, Clock clock, Duration lifetime) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a session lifetime must be positive: " + lifetime);
        }
    }

    /**
     * Starts a session for an accepted launch. At most once per {@link #PURGE_INTERVAL} on each node,
     * the same transaction also removes the sessions that have expired (they are refused either way),
     * so a launch does not pay for the clean-up every time.
     *
     * @param group the placement's group, when it is bound
     */
    public ActiveSession start(CourseKey course, String subject, Set<BalintRole> roles, Optional<GroupId> group) {
        Instant now = Instant.ofEpochMilli(clock.millis());
        LaunchSession session = new LaunchSession(course, subject, roles, group, now, now.plus(lifetime));
        String token = secret();
        String csrf = secret();
        long previousPurge = lastPurge.get();
        boolean purgeNow = now.toEpochMilli() - previousPurge >= PURGE_INTERVAL.toMillis()
                && lastPurge.compareAndSet(previousPurge, now.toEpochMilli());
        Jdbc.inTransaction(dataSource, "start the launch session", connection -> {
            if (purgeNow) {
                try (PreparedStatement purge = connection.prepareStatement("DELETE FROM lti_launch_session WHERE expires_at <= ?")) {
                    purge.setLong(1, now.toEpochMilli());
                    purge.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lti_launch_session "
                    + "(session_hash, csrf_secret, issuer, client_id, deployment_id, subject, roles, context_id, "
                    + "resource_link_id, group_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                PlatformDeployment deployment = course.deployment();
                insert.setString(1, hash(token));
                insert.setString(2, csrf);
                insert.setString(3, deployment.issuer());
                insert.setString(4, deployment.clientId());
                insert.setString(5, deployment.deploymentId());
                insert.setString(6, subject);
                insert.setString(7, session.roles().stream().sorted().map(BalintRole::name).collect(Collectors.joining(",")));
                insert.setString(8, course.contextId().orElse(""));
                insert.setString(9, course.resourceLinkId());
                if (group.isPresent()) {
                    insert.setString(10, group.get().value());
                } else {
                    insert.setNull(10, Types.VARCHAR);
                }
                insert.setLong(11, now.toEpochMilli());
                insert.setLong(12, session.expiresAt().toEpochMilli());
                return insert.executeUpdate();
            }
        });
        return new ActiveSession(token, csrf, session);
    }

    /** The session of a request that only reads (a page, an API call): the token alone. */
    public SessionCheck authenticate(Optional<String> token) {
        Objects.requireNonNull(token, "token");
        Optional<String> given = token.map(String::strip).filter(t -> !t.isEmpty());
        if (given.isEmpty()) {
            return new SessionCheck.Refused(SessionRefusal.SESSION_MISSING);
        }
        Optional<Stored> stored = load(given.get());
        if (stored.isEmpty()) {
            return new SessionCheck.Refused(SessionRefusal.SESSION_UNKNOWN);
        }
        if (!clock.instant().isBefore(stored.get().session().expiresAt())) {
            return new SessionCheck.Refused(SessionRefusal.SESSION_EXPIRED);
        }
        return new SessionCheck.Valid(new ActiveSession(given.get(), stored.get().csrf(), stored.get().session()));
    }

    /** The session of a form post: the token, and the CSRF token the form must echo. */
    public SessionCheck verifyPost(Optional<String> token, Optional<String> csrfToken) {
        Objects.requireNonNull(csrfToken, "csrfToken");
        SessionCheck check = authenticate(token);
        if (check instanceof SessionCheck.Valid valid) {
            byte[] expected = valid.active().csrfToken().getBytes(StandardCharsets.US_ASCII);
            byte[] given = csrfToken.map(String::strip).orElse("").getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(expected, given)) {
                return new SessionCheck.Refused(SessionRefusal.CSRF_TOKEN_INVALID);
            }
        }
        return check;
    }

    /** Records that the session's placement is now bound to {@code group}. */
    public ActiveSession bind(ActiveSession active, GroupId group) {
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(group, "group");
        Jdbc.inTransaction(dataSource, "record the group on the launch session", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE lti_launch_session SET group_id = ? WHERE session_hash = ?")) {
                update.setString(1, group.value());
                update.setString(2, hash(active.token()));
                return update.executeUpdate();
            }
        });
        return new ActiveSession(active.token(), active.csrfToken(), active.session().withGroup(group));
    }

    private Optional<Stored> load(String token) {
        return Jdbc.inTransaction(dataSource, "read the launch session", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT csrf_secret, issuer, client_id, "
                    + "deployment_id, subject, roles, context_id, resource_link_id, group_id, created_at, expires_at "
                    + "FROM lti_launch_session WHERE session_hash = ?")) {
                select.setString(1, hash(token));
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<Stored>empty();
                    }
                    CourseKey course = new CourseKey(new PlatformDeployment(row.getString(2), row.getString(3),
                            row.getString(4)), Optional.of(row.getString(7)).filter(c -> !c.isEmpty()), row.getString(8));
                    Set<BalintRole> roles = EnumSet.noneOf(BalintRole.class);
                    Arrays.stream(row.getString(6).split(",")).map(BalintRole::valueOf).forEach(roles::add);
                    LaunchSession session = new LaunchSession(course, row.getString(5), roles,
                            Optional.ofNullable(row.getString(9)).map(GroupId::new),
                            Instant.ofEpochMilli(row.getLong(10)), Instant.ofEpochMilli(row.getLong(11)));
                    return Optional.of(new Stored(row.getString(1), session));
                }
            }
        });
    }

    private String secret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        return Digests.sha256Hex(token);
    }

    private record Stored(String csrf, LaunchSession session) {
    }
}
