package org.balint.lti.protocol.validation;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balint.lti.protocol.keys.JwksPolicy;
import org.balint.lti.protocol.keys.PlatformKeySources;
import org.balint.lti.protocol.login.InMemoryLaunchStateStore;
import org.balint.lti.protocol.login.LoginInitiator;
import org.balint.lti.protocol.login.LoginRedirect;
import org.balint.lti.protocol.login.LoginResult;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.platform.InMemoryPlatformRegistry;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.support.CountingJwkSetSource;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.protocol.support.TestKeys;

/**
 * A university LMS with this tool registered, a tool with its launch URL, and browsers that start
 * logins. Every test gets a fresh scenario; keys are generated once per test run.
 */
final class LaunchScenario {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final String ISSUER = "https://lms.example.edu";
    static final String CLIENT_ID = "balint-tool";
    static final String OTHER_CLIENT_ID = "another-tool";
    static final String DEPLOYMENT = "deployment-1";
    static final String SECOND_DEPLOYMENT = "deployment-2";
    static final URI LAUNCH_URL = URI.create("https://tool.example.org/lti/launch");
    static final URI JWKS_URL = URI.create(ISSUER + "/jwks");
    static final Duration LOGIN_LIFETIME = Duration.ofMinutes(5);

    static final RSAKey PLATFORM_KEY = TestKeys.rsaKey("platform-key-1");
    static final RSAKey ATTACKER_KEY = TestKeys.rsaKey("attacker-key");

    /** One browser's login: the state and nonce sent to the platform, and the secret the browser keeps. */
    record BrowserLogin(String state, String nonce, String browserBinding) {
    }

    final MutableClock clock = new MutableClock(NOW);
    final InMemoryPlatformRegistry registry = new InMemoryPlatformRegistry();
    final CountingJwkSetSource platformJwks = new CountingJwkSetSource(new JWKSet(PLATFORM_KEY.toPublicJWK()));
    final InMemoryLaunchStateStore store = new InMemoryLaunchStateStore(clock);
    final LoginInitiator logins;
    final LaunchProcessor processor;

    LaunchScenario() {
        registry.register(new PlatformRegistration(ISSUER, CLIENT_ID, URI.create(ISSUER + "/auth"),
                URI.create(ISSUER + "/token"), JWKS_URL, Set.of(DEPLOYMENT, SECOND_DEPLOYMENT)));
        registry.register(new PlatformRegistration(ISSUER, OTHER_CLIENT_ID, URI.create(ISSUER + "/auth"),
                URI.create(ISSUER + "/token"), JWKS_URL, Set.of(DEPLOYMENT)));
        PlatformKeySources keySources = new PlatformKeySources(clock, JwksPolicy.defaults(), uri -> platformJwks);
        logins = new LoginInitiator(registry, store, LAUNCH_URL, LOGIN_LIFETIME, clock);
        processor = new LaunchProcessor(LaunchSettings.defaults(), registry, keySources, store, clock);
    }

    /** A browser starts a login for a launch of the group page, as the LMS's login initiation would. */
    BrowserLogin login() {
        return login(Map.of());
    }

    BrowserLogin login(Map<String, String> extraParameters) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("iss", List.of(ISSUER));
        params.put("client_id", List.of(CLIENT_ID));
        params.put("login_hint", List.of("user-42"));
        params.put("target_link_uri", List.of(LAUNCH_URL.toString()));
        params.put("lti_message_hint", List.of("launch-77"));
        extraParameters.forEach((k, v) -> params.put(k, List.of(v)));
        LoginResult result = logins.initiate(params);
        if (!(result instanceof LoginRedirect)) {
            throw new IllegalStateException("Login refused: " + result);
        }
        LoginRedirect redirect = (LoginRedirect) result;
        return new BrowserLogin(redirect.state(), query(redirect.authenticationRequest()).get("nonce"),
                redirect.browserBinding());
    }

    /** The claims a correct platform sends for this login: a member opening the group's resource link. */
    Map<String, Object> claimsFor(BrowserLogin login) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", CLIENT_ID);
        claims.put("sub", "user-42");
        claims.put("iat", NOW.getEpochSecond());
        claims.put("exp", NOW.plusSeconds(60).getEpochSecond());
        claims.put("nonce", login.nonce());
        claims.put("name", "Dana Reyes");
        claims.put("given_name", "Dana");
        claims.put("family_name", "Reyes");
        claims.put("email", "dana.reyes@example.edu");
        claims.put(LtiClaims.MESSAGE_TYPE, "LtiResourceLinkRequest");
        claims.put(LtiClaims.VERSION, "1.3.0");
        claims.put(LtiClaims.DEPLOYMENT_ID, DEPLOYMENT);
        claims.put(LtiClaims.TARGET_LINK_URI, LAUNCH_URL.toString());
        claims.put(LtiClaims.RESOURCE_LINK, new LinkedHashMap<>(Map.of("id", "link-9", "title", "Balint group, spring term")));
        claims.put(LtiClaims.ROLES, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"));
        claims.put(LtiClaims.CONTEXT, new LinkedHashMap<>(Map.of("id", "course-3", "label", "BAL-1",
                "title", "Balint group for residents", "type", List.of("CourseSection"))));
        claims.put(LtiClaims.LAUNCH_PRESENTATION, new LinkedHashMap<>(Map.of("document_target", "iframe",
                "return_url", ISSUER + "/course/3")));
        claims.put(LtiClaims.AGS_ENDPOINT, new LinkedHashMap<>(Map.of(
                "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems", ISSUER + "/api/course/3/lineitems")));
        claims.put(LtiClaims.NRPS, new LinkedHashMap<>(Map.of(
                "context_memberships_url", ISSUER + "/api/course/3/memberships",
                "service_versions", List.of("2.0"))));
        return claims;
    }

    String signed(Map<String, Object> claims) {
        return TestKeys.signRs256(PLATFORM_KEY, claims);
    }

    LaunchRequest launchOf(BrowserLogin login, String idToken) {
        return LaunchRequest.of(idToken, login.state(), login.browserBinding());
    }

    LaunchResult launch(BrowserLogin login, Map<String, Object> claims) {
        return processor.process(launchOf(login, signed(claims)));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            result.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return result;
    }
}
