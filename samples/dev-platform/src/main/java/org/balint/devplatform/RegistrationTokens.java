package org.balint.devplatform;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one-time {@code registration_token}s of LTI Dynamic Registration: opaque random strings valid
 * {@link #LIFETIME} (one hour, as Moodle's), each accepted by the registration endpoint once. At most
 * {@value #CAPACITY} are kept; the oldest go first. Thread-safe.
 */
final class RegistrationTokens {

    static final Duration LIFETIME = Duration.ofHours(1);
    static final int CAPACITY = 1_000;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final LinkedHashMap<String, Instant> open = new LinkedHashMap<>();

    RegistrationTokens(Clock clock) {
        this.clock = clock;
    }

    synchronized String issue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        open.put(token, clock.instant().plus(LIFETIME));
        Iterator<Map.Entry<String, Instant>> eldest = open.entrySet().iterator();
        while (open.size() > CAPACITY && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
        return token;
    }

    synchronized boolean valid(String token) {
        Instant expiresAt = open.get(token);
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }

    /** Uses the token up; false when it is unknown, used or expired. */
    synchronized boolean redeem(String token) {
        boolean valid = valid(token);
        open.remove(token);
        return valid;
    }
}
