package org.balint.devplatform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The deep-linking requests the platform sent, by their opaque {@code data}, so the deep-linking
 * return knows the course and the tool, and accepts each answer once within {@link #LIFETIME}. Also
 * remembers the {@code nonce}s of accepted responses until they expire. At most {@value #CAPACITY} of
 * each; the oldest go first. Thread-safe.
 */
final class DeepLinkSessions {

    static final Duration LIFETIME = Duration.ofHours(1);
    static final int CAPACITY = 10_000;

    /** A deep-linking request waiting for the tool's answer. */
    record Session(String data, String courseId, String personId, String clientId, Instant expiresAt,
            boolean answered) {
    }

    private final Clock clock;
    private final LinkedHashMap<String, Session> sessions = new LinkedHashMap<>();
    private final LinkedHashMap<String, Instant> nonces = new LinkedHashMap<>();

    DeepLinkSessions(Clock clock) {
        this.clock = clock;
    }

    synchronized void open(String data, String courseId, String personId, String clientId) {
        sessions.put(data, new Session(data, courseId, personId, clientId, clock.instant().plus(LIFETIME), false));
        trim(sessions);
    }

    synchronized Optional<Session> find(String data) {
        return Optional.ofNullable(sessions.get(data));
    }

    synchronized boolean nonceUsed(String clientId, String nonce) {
        Instant until = nonces.get(clientId + ' ' + nonce);
        return until != null && clock.instant().isBefore(until);
    }

    /** Marks the session answered and the nonce used; false when another answer came first. */
    synchronized boolean answer(String data, String clientId, String nonce, Instant nonceExpiresAt) {
        Session session = sessions.get(data);
        if (session == null || session.answered() || nonceUsed(clientId, nonce)) {
            return false;
        }
        sessions.put(data, new Session(session.data(), session.courseId(), session.personId(), session.clientId(),
                session.expiresAt(), true));
        nonces.put(clientId + ' ' + nonce, nonceExpiresAt);
        trim(nonces);
        return true;
    }

    private static void trim(LinkedHashMap<String, ?> map) {
        Iterator<? extends Map.Entry<String, ?>> eldest = map.entrySet().iterator();
        while (map.size() > CAPACITY && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }
}
