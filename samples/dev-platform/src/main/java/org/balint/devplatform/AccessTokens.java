package org.balint.devplatform;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bearer tokens the token endpoint grants, and the client-assertion {@code jti}s it has seen.
 * Tokens are opaque random strings valid {@link #LIFETIME} (one hour, as Moodle's). At most
 * {@value #CAPACITY} tokens and as many {@code jti}s are kept; expired ones go first, then the oldest.
 * Counts every token request, granted or not. Thread-safe.
 */
final class AccessTokens {

    static final Duration LIFETIME = Duration.ofHours(1);
    static final int CAPACITY = 50_000;

    /** What a token grants: the client, its scopes, until when. */
    record Grant(String clientId, Set<String> scopes, Instant expiresAt) {
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final LinkedHashMap<String, Grant> grants = new LinkedHashMap<>();
    private final LinkedHashMap<String, Instant> usedJtis = new LinkedHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong granted = new AtomicLong();

    AccessTokens(Clock clock) {
        this.clock = clock;
    }

    void countRequest() {
        requests.incrementAndGet();
    }

    long requestCount() {
        return requests.get();
    }

    long grantedCount() {
        return granted.get();
    }

    /** Remembers the jti until the assertion expires; false when it was seen before. */
    synchronized boolean firstUse(String clientId, String jti, Instant assertionExpiresAt) {
        String key = clientId + ' ' + jti;
        Instant now = clock.instant();
        Instant seenUntil = usedJtis.get(key);
        if (seenUntil != null && now.isBefore(seenUntil)) {
            return false;
        }
        usedJtis.remove(key);
        usedJtis.put(key, assertionExpiresAt);
        bound(usedJtis, now, expiry -> expiry);
        return true;
    }

    synchronized String grant(String clientId, Set<String> scopes) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Instant now = clock.instant();
        grants.put(token, new Grant(clientId, Set.copyOf(scopes), now.plus(LIFETIME)));
        bound(grants, now, Grant::expiresAt);
        granted.incrementAndGet();
        return token;
    }

    /** The grant of a token that has not expired. */
    synchronized Optional<Grant> find(String token) {
        Grant grant = grants.get(token);
        if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    private static <V> void bound(LinkedHashMap<String, V> map, Instant now,
            java.util.function.Function<V, Instant> expiry) {
        if (map.size() <= CAPACITY) {
            return;
        }
        map.values().removeIf(value -> !now.isBefore(expiry.apply(value)));
        Iterator<Map.Entry<String, V>> eldest = map.entrySet().iterator();
        while (map.size() > CAPACITY && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }
}
