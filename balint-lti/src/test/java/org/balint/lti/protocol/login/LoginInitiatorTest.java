package org.balint.lti.protocol.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.balint.lti.protocol.platform.CanvasEnvironment;
import org.balint.lti.protocol.platform.InMemoryPlatformRegistry;
import org.balint.lti.protocol.platform.PlatformPresets;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.support.Fixtures;
import org.balint.lti.protocol.support.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Login initiation answers with the platform's authentication request")
class LoginInitiatorTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Set<String> PER_LOGIN = Set.of("state", "nonce");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryPlatformRegistry registry = new InMemoryPlatformRegistry();
    private final RecordingStore store = new RecordingStore(new InMemoryLaunchStateStore(clock));

    /** Counts what the initiator stores, so a refusal can be shown to store nothing. */
    static final class RecordingStore implements LaunchStateStore {
        final LaunchStateStore delegate;
        final List<PendingLogin> saved = new java.util.ArrayList<>();

        RecordingStore(LaunchStateStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public void save(PendingLogin login) {
            saved.add(login);
            delegate.save(login);
        }

        @Override
        public Optional<LoginStatus> find(String state) {
            return delegate.find(state);
        }

        @Override
        public boolean isNonceUsed(String nonce) {
            return delegate.isNonceUsed(nonce);
        }

        @Override
        public boolean complete(String state, String nonce, Instant completedAt, Instant rememberUntil) {
            return delegate.complete(state, nonce, completedAt, rememberUntil);
        }
    }

    private LoginInitiator initiator(URI redirectUri) {
        return new LoginInitiator(registry, store, redirectUri, Duration.ofMinutes(5), clock);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            result.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return result;
    }

    private static String withoutQuery(URI uri) {
        return uri.toString().substring(0, uri.toString().indexOf('?'));
    }

    private static void assertSameRequestApartFromStateAndNonce(Map<String, String> ours, Map<String, Object> captured) {
        assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(captured.keySet());
        captured.forEach((name, value) -> {
            if (!PER_LOGIN.contains(name)) {
                assertThat(ours.get(name)).as(name).isEqualTo(value);
            }
        });
    }

    @Test
    @DisplayName("Moodle's captured login initiation gives the same authentication request Moodle accepted")
    void moodle() {
        registry.register(PlatformPresets.moodle(URI.create("http://127.0.0.1:8800"), "2ABqdqmSjYFK1oP", Set.of("1")));
        Map<String, Object> login = Fixtures.object(Fixtures.json("moodle-4.5/01-student-login-initiation.json"), "params");
        Map<String, Object> captured = Fixtures.json("moodle-4.5/02-student-auth-request-from-stub.json");

        LoginResult result = initiator(URI.create("http://127.0.0.1:8801/launch")).initiate(Fixtures.parameters(login));

        LoginRedirect redirect = (LoginRedirect) result;
        assertThat(withoutQuery(redirect.authenticationRequest())).isEqualTo(captured.get("redirectTo"));
        assertSameRequestApartFromStateAndNonce(query(redirect.authenticationRequest()), Fixtures.object(captured, "params"));
        PendingLogin stored = store.saved.get(0);
        assertThat(stored.state()).isEqualTo(redirect.state());
        assertThat(stored.deploymentId()).contains("1");
        assertThat(stored.targetLinkUri()).isEqualTo(URI.create("http://127.0.0.1:8801/launch"));
        assertThat(stored.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName("Moodle's captured deep-linking login initiation hands its message hint back unchanged")
    void moodleDeepLinking() {
        registry.register(PlatformPresets.moodle(URI.create("http://127.0.0.1:8800"), "2ABqdqmSjYFK1oP", Set.of("1")));
        Map<String, Object> login = Fixtures.object(Fixtures.json("moodle-4.5/12-deeplinking-login-initiation.json"), "params");

        LoginResult result = initiator(URI.create("http://127.0.0.1:8801/launch")).initiate(Fixtures.parameters(login));

        LoginRedirect redirect = (LoginRedirect) result;
        Map<String, String> q = query(redirect.authenticationRequest());
        assertThat(withoutQuery(redirect.authenticationRequest())).isEqualTo("http://127.0.0.1:8800/mod/lti/auth.php");
        assertThat(q).containsEntry("lti_message_hint", "{\"launchid\":\"ltilaunch_ContentItemSelectionRequest1976328656\"}")
                .containsEntry("login_hint", "3").containsEntry("client_id", "2ABqdqmSjYFK1oP")
                .containsEntry("redirect_uri", "http://127.0.0.1:8801/launch");
        assertThat(store.saved.get(0).deploymentId()).contains("1");
    }

    @Test
    @DisplayName("Canvas's login initiation goes to sso.canvaslms.com and hands back the platform storage target")
    void canvas() {
        registry.register(PlatformPresets.canvas(CanvasEnvironment.PRODUCTION, "10000000000042",
                Set.of("12:8865aa05b4b79b64a91a86042e43af5ea8ae79eb")));
        Map<String, Object> login = Fixtures.object(Fixtures.json("canvas/01-login-initiation.json"), "params");
        Map<String, Object> captured = Fixtures.json("canvas/02-auth-request.json");

        LoginResult result = initiator(URI.create("https://tool.example.com/lti/launch")).initiate(Fixtures.parameters(login));

        LoginRedirect redirect = (LoginRedirect) result;
        assertThat(withoutQuery(redirect.authenticationRequest())).isEqualTo(captured.get("url"));
        assertSameRequestApartFromStateAndNonce(query(redirect.authenticationRequest()), Fixtures.object(captured, "params"));
        assertThat(redirect.ltiStorageTarget()).contains("post_message_forwarding");
    }

    @Test
    @DisplayName("every login gets its own state, nonce and browser secret, and only the secret's hash is stored")
    void freshSecrets() {
        registry.register(lms("tool"));
        LoginInitiator initiator = initiator(URI.create("https://tool.example.org/lti/launch"));
        Set<String> seen = new HashSet<>();

        for (int i = 0; i < 20; i++) {
            LoginRedirect redirect = (LoginRedirect) initiator.initiate(params());
            Map<String, String> q = query(redirect.authenticationRequest());
            assertThat(seen.add(q.get("state"))).isTrue();
            assertThat(seen.add(q.get("nonce"))).isTrue();
            assertThat(seen.add(redirect.browserBinding())).isTrue();
            assertThat(redirect.authenticationRequest().toString()).doesNotContain(redirect.browserBinding());
        }
        assertThat(store.saved).allSatisfy(p -> assertThat(p.browserBindingHash()).isNotIn(seen));
    }

    @Test
    @DisplayName("a login without client_id is accepted when the issuer has a single registration")
    void withoutClientId() {
        registry.register(lms("tool"));
        Map<String, List<String>> params = params();
        params.remove("client_id");

        assertThat(initiator(URI.create("https://tool.example.org/lti/launch")).initiate(params)).isInstanceOf(LoginRedirect.class);
    }

    @Test
    @DisplayName("an authentication endpoint with its own query keeps it")
    void endpointWithQuery() {
        registry.register(new PlatformRegistration("https://lms.example.edu", "tool",
                URI.create("https://lms.example.edu/auth?tenant=med"), URI.create("https://lms.example.edu/token"),
                URI.create("https://lms.example.edu/jwks"), Set.of("d1")));

        LoginRedirect redirect = (LoginRedirect) initiator(URI.create("https://tool.example.org/lti/launch")).initiate(params());

        assertThat(redirect.authenticationRequest().toString()).startsWith("https://lms.example.edu/auth?tenant=med&scope=openid&");
    }

    static Stream<Arguments> refusedLogins() {
        return Stream.of(
                Arguments.of("no issuer", "iss", null, "issuer-missing", 400),
                Arguments.of("no login hint", "login_hint", null, "login-hint-missing", 400),
                Arguments.of("no target link", "target_link_uri", null, "target-link-uri-missing", 400),
                Arguments.of("a relative target link", "target_link_uri", "/lti/launch", "target-link-uri-invalid", 400),
                Arguments.of("a javascript target link", "target_link_uri", "javascript:alert(1)", "target-link-uri-invalid", 400),
                Arguments.of("a target link on another site (open redirect)", "target_link_uri",
                        "https://evil.example.com/lti/launch", "target-link-uri-foreign", 400),
                Arguments.of("a target link longer than a login keeps", "target_link_uri",
                        "https://tool.example.org/lti/launch?x=" + "a".repeat(LoginInitiator.MAX_TARGET_LINK_URI),
                        "target-link-uri-invalid", 400),
                Arguments.of("a target link on another port", "target_link_uri",
                        "https://tool.example.org:8443/lti/launch", "target-link-uri-foreign", 400),
                Arguments.of("an unregistered issuer", "iss", "https://evil.example.com", "platform-unknown", 403),
                Arguments.of("an unregistered client_id", "client_id", "someone-else", "platform-unknown", 403),
                Arguments.of("an unregistered deployment", "lti_deployment_id", "d-999", "deployment-unknown", 403));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("refusedLogins")
    @DisplayName("a login initiation missing or falsifying a parameter is refused and stores nothing")
    void refused(String description, String parameter, String value, String code, int status) {
        registry.register(lms("tool"));
        Map<String, List<String>> params = params();
        if (value == null) {
            params.remove(parameter);
        } else {
            params.put(parameter, List.of(value));
        }

        LoginResult result = initiator(URI.create("https://tool.example.org/lti/launch")).initiate(params);

        LoginRejection rejection = ((LoginRefused) result).rejection();
        assertThat(rejection.code()).isEqualTo(code);
        assertThat(rejection.httpStatus()).isEqualTo(status);
        assertThat(rejection.message()).isNotBlank();
        assertThat(store.saved).isEmpty();
    }

    @Test
    @DisplayName("a parameter sent twice is refused")
    void repeatedParameter() {
        registry.register(lms("tool"));
        Map<String, List<String>> params = params();
        params.put("target_link_uri", List.of("https://tool.example.org/lti/launch", "https://evil.example.com/"));

        LoginResult result = initiator(URI.create("https://tool.example.org/lti/launch")).initiate(params);

        assertThat(((LoginRefused) result).rejection().code()).isEqualTo("parameter-repeated");
        assertThat(store.saved).isEmpty();
    }

    @Test
    @DisplayName("without client_id, an issuer shared by several registrations (Canvas) cannot be resolved")
    void sharedIssuerNeedsClientId() {
        registry.register(PlatformPresets.canvas(CanvasEnvironment.PRODUCTION, "10000000000042", Set.of("1")));
        registry.register(PlatformPresets.canvas(CanvasEnvironment.PRODUCTION, "10000000000099", Set.of("2")));
        Map<String, List<String>> params = params();
        params.put("iss", List.of(CanvasEnvironment.PRODUCTION.issuer()));
        params.remove("client_id");

        LoginResult result = initiator(URI.create("https://tool.example.org/lti/launch")).initiate(params);

        assertThat(((LoginRefused) result).rejection().code()).isEqualTo("client-id-required");
    }

    private static PlatformRegistration lms(String clientId) {
        return new PlatformRegistration("https://lms.example.edu", clientId, URI.create("https://lms.example.edu/auth"),
                URI.create("https://lms.example.edu/token"), URI.create("https://lms.example.edu/jwks"), Set.of("d1"));
    }

    private static Map<String, List<String>> params() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("iss", List.of("https://lms.example.edu"));
        params.put("client_id", List.of("tool"));
        params.put("login_hint", List.of("user-42"));
        params.put("target_link_uri", List.of("https://tool.example.org/lti/launch?group=7"));
        params.put("lti_deployment_id", List.of("d1"));
        return params;
    }
}
