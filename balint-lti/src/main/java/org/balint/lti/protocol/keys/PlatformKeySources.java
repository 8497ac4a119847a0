package org.balint.lti.protocol.keys;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetBasedJWKSource;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.URLBasedJWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.balint.lti.protocol.platform.PlatformRegistration;

/**
 * One cached key source per platform JWKS URL, shared by every registration that uses the URL (all
 * Canvas Cloud client_ids share one). Thread-safe; create one per application.
 *
 * <p>The source is assembled by Nimbus's {@link JWKSourceBuilder}: a cache with the policy's time to
 * live, Nimbus's rate limiter under it, no retries, no refresh-ahead threads. Keys are fetched only
 * when the cache is empty or stale, or once when a token names a {@code kid} the cached set lacks.
 * The instant of the last successful fetch of each URL is kept ({@link #lastFetched}), for the
 * administrators' pages.
 */
public final class PlatformKeySources {

    private final Clock clock;
    private final JwksPolicy policy;
    private final Function<URI, JWKSetSource<SecurityContext>> fetchers;
    private final ConcurrentMap<URI, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();
    private final ConcurrentMap<URI, Instant> fetched = new ConcurrentHashMap<>();

    /**
     * Key sources over a custom fetcher, e.g. an in-memory one in tests or a platform whose keys are
     * configured rather than fetched.
     *
     * @param clock    the time used for cache expiry and rate limiting
     * @param policy   cache and rate-limit settings (the HTTP settings are the fetcher's business)
     * @param fetchers gives the uncached key-set source for a JWKS URL
     */
    public PlatformKeySources(Clock clock, JwksPolicy policy, Function<URI, JWKSetSource<SecurityContext>> fetchers) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.fetchers = Objects.requireNonNull(fetchers, "fetchers");
    }

    /** Key sources that fetch each JWKS over HTTP(S) with the policy's timeouts and size limit. */
    public static PlatformKeySources overHttp(Clock clock, JwksPolicy policy) {
        DefaultResourceRetriever retriever = new DefaultResourceRetriever(
                Math.toIntExact(policy.connectTimeout().toMillis()),
                Math.toIntExact(policy.readTimeout().toMillis()),
                policy.sizeLimitBytes());
        return new PlatformKeySources(clock, policy, uri -> {
            try {
                return new URLBasedJWKSetSource<>(uri.toURL(), retriever);
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("Not a URL: " + uri, e);
            }
        });
    }

    /** The cached key source for this platform's JWKS URL. */
    public JWKSource<SecurityContext> forPlatform(PlatformRegistration registration) {
        Objects.requireNonNull(registration, "registration");
        return sources.computeIfAbsent(registration.jwksUri(), this::build);
    }

    /** When this instance last fetched the key set at {@code jwksUri}; empty if it has not since it was made. */
    public Optional<Instant> lastFetched(URI jwksUri) {
        Objects.requireNonNull(jwksUri, "jwksUri");
        return Optional.ofNullable(fetched.get(jwksUri));
    }

    private JWKSource<SecurityContext> build(URI jwksUri) {
        JWKSetSource<SecurityContext> fetcher = fetchers.apply(jwksUri);
        JWKSetSource<SecurityContext> noted = new JWKSetSource<>() {
            @Override
            public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator evaluator, long currentTime, SecurityContext context)
                    throws KeySourceException {
                JWKSet set = fetcher.getJWKSet(evaluator, currentTime, context);
                fetched.put(jwksUri, clock.instant());
                return set;
            }

            @Override
            public void close() throws IOException {
                fetcher.close();
            }
        };
        JWKSource<SecurityContext> built = JWKSourceBuilder.create(noted)
                .retrying(false)
                .refreshAheadCache(false)
                .outageTolerant(false)
                .cache(policy.cacheTimeToLive().toMillis(), policy.cacheRefreshTimeout().toMillis())
                .rateLimited(policy.minRefetchInterval().toMillis())
                .build();
        if (!(built instanceof JWKSetBasedJWKSource)) {
            throw new IllegalStateException("Nimbus built an unexpected key source: " + built.getClass());
        }
        return new ClockedJwkSource(((JWKSetBasedJWKSource<SecurityContext>) built).getJWKSetSource(), clock);
    }
}
