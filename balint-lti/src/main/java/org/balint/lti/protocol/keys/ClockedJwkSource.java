package org.balint.lti.protocol.keys;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Selects keys from a Nimbus caching, rate-limited key-set source, with the time taken from a
 * {@link Clock}. Same algorithm as Nimbus's {@code JWKSetBasedJWKSource}: look in the cached set; if
 * nothing matches, ask the cache once for a newer set (the cache refetches only if nobody else
 * refreshed it meanwhile). A refetch refused by the rate limiter means "no such key", not an outage.
 */
final class ClockedJwkSource implements JWKSource<SecurityContext> {

    private final JWKSetSource<SecurityContext> source;
    private final Clock clock;

    ClockedJwkSource(JWKSetSource<SecurityContext> source, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        long now = clock.millis();
        JWKSet cached = source.getJWKSet(JWKSetCacheRefreshEvaluator.noRefresh(), now, context);
        List<JWK> found = selector.select(cached);
        if (!found.isEmpty()) {
            return found;
        }
        try {
            JWKSet refreshed = source.getJWKSet(JWKSetCacheRefreshEvaluator.referenceComparison(cached), now, context);
            return selector.select(refreshed);
        } catch (RateLimitReachedException rateLimited) {
            return List.of();
        }
    }
}
