package org.balint.lti.protocol.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.support.CountingJwkSetSource;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.protocol.support.TestKeys;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A platform's key set is cached, refetched once for an unknown kid, and rate limited")
class PlatformKeySourcesTest {

    private static final RSAKey FIRST = TestKeys.rsaKey("2026-01");
    private static final RSAKey SECOND = TestKeys.rsaKey("2026-07");
    private static final JwksPolicy POLICY = JwksPolicy.defaults();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final CountingJwkSetSource platform = new CountingJwkSetSource(new JWKSet(FIRST.toPublicJWK()));
    private final PlatformKeySources sources = new PlatformKeySources(clock, POLICY, uri -> platform);
    private final JWKSource<SecurityContext> keys = sources.forPlatform(registration("client-a"));

    private static PlatformRegistration registration(String clientId) {
        return new PlatformRegistration("https://canvas.instructure.com", clientId,
                URI.create("https://sso.canvaslms.com/api/lti/authorize_redirect"),
                URI.create("https://sso.canvaslms.com/login/oauth2/token"),
                URI.create("https://sso.canvaslms.com/api/lti/security/jwks"), Set.of("1"));
    }

    private List<JWK> keysWithId(String kid) throws KeySourceException {
        return keys.get(new JWKSelector(new JWKMatcher.Builder().keyID(kid).build()), null);
    }

    @Test
    @DisplayName("known key ids are served from the cache: one fetch for many lookups")
    void cached() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(keysWithId("2026-01")).hasSize(1);
        }

        assertThat(platform.fetches()).isEqualTo(1);
    }

    @Test
    @DisplayName("after the platform rotates, the first token with the new kid refetches once and finds it")
    void refetchOnceForNewKid() throws Exception {
        keysWithId("2026-01");
        platform.publish(new JWKSet(List.of(FIRST.toPublicJWK(), SECOND.toPublicJWK())));

        assertThat(keysWithId("2026-07")).extracting(JWK::getKeyID).containsExactly("2026-07");
        assertThat(keysWithId("2026-07")).hasSize(1);
        assertThat(platform.fetches()).isEqualTo(2);
    }

    @Test
    @DisplayName("a stream of made-up key ids cannot make the tool hammer the platform")
    void madeUpKidsAreRateLimited() throws Exception {
        keysWithId("2026-01");
        for (int i = 0; i < 50; i++) {
            assertThat(keysWithId("made-up-" + i)).isEmpty();
        }
        int fetchesInWindow = platform.fetches();

        clock.advance(POLICY.minRefetchInterval().plusSeconds(1));
        assertThat(keysWithId("made-up-again")).isEmpty();

        assertThat(fetchesInWindow).isEqualTo(2);
        assertThat(platform.fetches()).isEqualTo(fetchesInWindow + 1);
    }

    @Test
    @DisplayName("the cached key set is fetched again once its time to live has passed")
    void expiresAfterTimeToLive() throws Exception {
        keysWithId("2026-01");
        clock.advance(POLICY.cacheTimeToLive().minus(Duration.ofSeconds(1)));
        keysWithId("2026-01");
        assertThat(platform.fetches()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        keysWithId("2026-01");
        assertThat(platform.fetches()).isEqualTo(2);
    }

    @Test
    @DisplayName("registrations that share a key-set URL (Canvas developer keys) share one cache")
    void sharedAcrossClientIds() throws Exception {
        JWKSource<SecurityContext> other = sources.forPlatform(registration("client-b"));
        keysWithId("2026-01");
        other.get(new JWKSelector(new JWKMatcher.Builder().keyID("2026-01").build()), null);

        assertThat(other).isSameAs(keys);
        assertThat(platform.fetches()).isEqualTo(1);
    }

    @Test
    @DisplayName("an unreachable key-set URL is reported as a key source failure, not as an unknown key")
    void unreachable() {
        platform.goOffline();

        assertThatThrownBy(() -> keysWithId("2026-01")).isInstanceOf(KeySourceException.class);
    }
}
