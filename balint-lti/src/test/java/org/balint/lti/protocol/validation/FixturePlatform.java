package org.balint.lti.protocol.validation;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.balint.lti.protocol.keys.JwksPolicy;
import org.balint.lti.protocol.keys.PlatformKeySources;
import org.balint.lti.protocol.login.InMemoryLaunchStateStore;
import org.balint.lti.protocol.login.PendingLogin;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.platform.InMemoryPlatformRegistry;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.support.CountingJwkSetSource;
import org.balint.lti.protocol.support.MutableClock;

/**
 * A real platform's registration and key set, served from memory (no network), with the clock set
 * to the moment a captured or documented launch was issued.
 */
final class FixturePlatform {

    static final String BROWSER = "fixture-browser-secret";

    final MutableClock clock;
    final InMemoryPlatformRegistry registry = new InMemoryPlatformRegistry();
    final CountingJwkSetSource jwks;
    final InMemoryLaunchStateStore store;
    final LaunchProcessor processor;

    FixturePlatform(PlatformRegistration registration, JWKSet keys, Instant now) {
        clock = new MutableClock(now);
        registry.register(registration);
        jwks = new CountingJwkSetSource(keys);
        store = new InMemoryLaunchStateStore(clock);
        processor = new LaunchProcessor(LaunchSettings.defaults(), registry,
                new PlatformKeySources(clock, JwksPolicy.defaults(), uri -> jwks), store, clock);
    }

    /** The login this tool would have stored when it sent {@code state} and {@code nonce} to the platform. */
    void loginWasStarted(String state, String nonce, URI targetLinkUri, Optional<String> deploymentId) {
        PlatformRegistration registration = registry.all().get(0);
        Instant started = clock.instant().minusSeconds(2);
        store.save(new PendingLogin(state, nonce, PendingLogin.hash(BROWSER), registration.issuer(),
                registration.clientId(), deploymentId, targetLinkUri, started, started.plus(Duration.ofMinutes(5))));
    }

    /** The login for a claim set: its nonce, its target link, its deployment. */
    void loginWasStartedFor(String state, Map<String, Object> claims) {
        loginWasStarted(state, (String) claims.get(LtiClaims.NONCE),
                URI.create((String) claims.get(LtiClaims.TARGET_LINK_URI)),
                Optional.of((String) claims.get(LtiClaims.DEPLOYMENT_ID)));
    }

    LaunchResult launch(String idToken, String state) {
        return processor.process(LaunchRequest.of(idToken, state, BROWSER));
    }
}
