package org.balint.lti.tool.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.lti.protocol.registration.DynamicRegistration;
import org.balint.lti.protocol.services.JsonValues;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.store.JdbcPlatformRegistry;
import org.balint.lti.protocol.store.StoredRegistration;
import org.balint.lti.protocol.support.Fixtures;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.protocol.support.StubHttpServer;
import org.balint.lti.protocol.support.StubHttpServer.Reply;
import org.balint.lti.support.TestDataSources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Registering the tool dynamically from its registration start URL")
class RegisteringDynamicallyTest {

    private static final String MOODLE = "http://127.0.0.1:8800";
    private static final String CONFIGURATION_PATH = "/mod/lti/openid-configuration.php";
    private static final String REGISTRATION_PATH = "/mod/lti/openid-registration.php";
    private static final int MAX_BYTES = 64 * 1024;
    /** The registration token Moodle handed to the tool's registration start URL. */
    private static final String TOKEN = (String) Fixtures.object(
            Fixtures.json("moodle-4.5/14-dynreg-start-redirect.json"), "query").get("registration_token");

    private final StubHttpServer moodle = StubHttpServer.start();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
    private final JdbcPlatformRegistry registry =
            new JdbcPlatformRegistry(TestDataSources.fresh("dynreg"), clock, Duration.ZERO);
    private final Map<String, Object> capture = Fixtures.json("moodle-4.5/15-dynreg-registration-request-response.json");

    @AfterEach
    void stop() {
        moodle.close();
    }

    private DynamicRegistrations registrations(AllowedIssuers allowed) {
        return new DynamicRegistrations(new DynamicRegistration(new ServiceHttp(HttpClient.newHttpClient(),
                Duration.ofSeconds(30), MAX_BYTES)), registry, allowed,
                BalintToolProfile.describe(URI.create("https://balint.example.org/lti/login"),
                        URI.create("https://balint.example.org/lti/launch"), URI.create("https://balint.example.org/lti/jwks")));
    }

    /** Moodle's captured configuration, served from the stub's origin. */
    private void moodleOffersItsConfiguration() {
        moodle.on("GET", CONFIGURATION_PATH, Reply.json(200,
                Fixtures.text("moodle-4.5/16-platform-openid-configuration.json").replace(MOODLE, moodle.origin())));
    }

    /** Moodle's captured answer to a registration, with another deployment id if given. */
    private void moodleAcceptsRegistrations(String deploymentId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = new java.util.LinkedHashMap<>(Fixtures.object(capture, "responseBody"));
        Map<String, Object> lti = new java.util.LinkedHashMap<>(
                Fixtures.object(answer, "https://purl.imsglobal.org/spec/lti-tool-configuration"));
        lti.put("deployment_id", deploymentId);
        answer.put("https://purl.imsglobal.org/spec/lti-tool-configuration", lti);
        moodle.on("POST", REGISTRATION_PATH, Reply.json(200, JsonValues.write(answer)));
    }

    private RegistrationOutcome start(DynamicRegistrations registrations) {
        return registrations.register(Optional.of(moodle.url(CONFIGURATION_PATH).toString()), Optional.of(TOKEN));
    }

    private static RegistrationOutcome.Refused refused(RegistrationOutcome outcome) {
        assertThat(outcome).isInstanceOf(RegistrationOutcome.Refused.class);
        return (RegistrationOutcome.Refused) outcome;
    }

    @Test
    @DisplayName("Moodle's configuration and answer become a stored registration marked dynamic, with the deployment")
    void registersWithMoodle() throws Exception {
        moodleOffersItsConfiguration();
        moodleAcceptsRegistrations("2");

        RegistrationOutcome outcome = start(registrations(AllowedIssuers.any()));

        assertThat(outcome).isInstanceOf(RegistrationOutcome.Registered.class);
        RegistrationOutcome.Registered registered = (RegistrationOutcome.Registered) outcome;
        assertThat(registered.alreadyKnown()).isFalse();
        StoredRegistration stored = registry.list().get(0);
        assertThat(registry.list()).hasSize(1);
        assertThat(stored.details().preset()).isEqualTo("dynamic");
        assertThat(stored.details().label()).isEqualTo("Dynamic registration: moodle at 127.0.0.1");
        assertThat(stored.registration().issuer()).isEqualTo(moodle.origin());
        assertThat(stored.registration().clientId()).isEqualTo("Jpm8mtxSHefqDLd");
        assertThat(stored.registration().deploymentIds()).containsExactly("2");
        assertThat(stored.registration().tokenEndpoint()).isEqualTo(moodle.url("/mod/lti/token.php"));
        assertThat(stored.registration().authorizationEndpoint()).isEqualTo(moodle.url("/mod/lti/auth.php"));
        assertThat(stored.registration().jwksUri()).isEqualTo(moodle.url("/mod/lti/certs.php"));
        assertThat(registry.find(moodle.origin(), "Jpm8mtxSHefqDLd")).isPresent();

        StubHttpServer.Recorded posted = moodle.requests(REGISTRATION_PATH).get(0);
        assertThat(posted.header("Authorization")).contains("Bearer " + TOKEN);
        Map<String, Object> sent = JsonValues.object(posted.body());
        assertThat(sent).containsEntry("client_name", "Balint groups")
                .containsEntry("initiate_login_uri", "https://balint.example.org/lti/login")
                .containsEntry("jwks_uri", "https://balint.example.org/lti/jwks");
        Map<String, Object> lti = Fixtures.object(sent, "https://purl.imsglobal.org/spec/lti-tool-configuration");
        assertThat(lti).containsEntry("https://canvas.instructure.com/lti/privacy_level", "name_only")
                .containsEntry("claims", List.of("iss", "sub", "name", "given_name", "family_name", "email"));
        assertThat((String) lti.get("description")).contains("Balint groups for clinicians");
    }

    @Test
    @DisplayName("registering the same client again adds the new deployment and never duplicates the registration")
    void reRegistrationDoesNotDuplicate() {
        moodleOffersItsConfiguration();
        moodleAcceptsRegistrations("2");
        DynamicRegistrations registrations = registrations(AllowedIssuers.any());
        start(registrations);
        moodleAcceptsRegistrations("3");

        RegistrationOutcome again = start(registrations);

        assertThat(((RegistrationOutcome.Registered) again).alreadyKnown()).isTrue();
        assertThat(registry.list()).hasSize(1);
        assertThat(registry.list().get(0).registration().deploymentIds()).containsExactlyInAnyOrder("2", "3");
        assertThat(registry.list().get(0).details().preset()).isEqualTo("dynamic");
    }

    @Test
    @DisplayName("a platform outside balint.registration.allowed-issuers is refused before anything is fetched")
    void unknownPlatformRefused() {
        moodleOffersItsConfiguration();
        moodleAcceptsRegistrations("2");

        RegistrationOutcome.Refused refusal = refused(start(registrations(
                AllowedIssuers.of(List.of("https://moodle.example.edu", "https://canvas.instructure.com")))));

        assertThat(refusal.code()).isEqualTo("registration-issuer-not-allowed");
        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.message()).contains("https://moodle.example.edu, https://canvas.instructure.com",
                moodle.origin(), "balint.registration.allowed-issuers");
        assertThat(moodle.requests()).isEmpty();
        assertThat(registry.list()).isEmpty();
    }

    @Test
    @DisplayName("a platform listed in balint.registration.allowed-issuers registers")
    void listedPlatformRegisters() {
        moodleOffersItsConfiguration();
        moodleAcceptsRegistrations("2");

        RegistrationOutcome outcome = start(registrations(AllowedIssuers.of(List.of(moodle.origin() + "/"))));

        assertThat(outcome).isInstanceOf(RegistrationOutcome.Registered.class);
    }

    @Test
    @DisplayName("a request without a usable openid_configuration is refused with 400, and nothing is fetched")
    void requestWithoutConfiguration() {
        DynamicRegistrations registrations = registrations(AllowedIssuers.any());
        for (Optional<String> configuration : List.of(Optional.<String>empty(), Optional.of(" "), Optional.of("not a url"),
                Optional.of("/relative/openid-configuration"), Optional.of("x".repeat(5000)))) {
            RegistrationOutcome.Refused refusal = refused(registrations.register(configuration, Optional.of(TOKEN)));
            assertThat(refusal.code()).as(configuration.toString()).isEqualTo("registration-request-invalid");
            assertThat(refusal.status()).isEqualTo(400);
        }
        RegistrationOutcome.Refused badToken = refused(registrations.register(
                Optional.of(moodle.url(CONFIGURATION_PATH).toString()), Optional.of("a b\u0000")));
        assertThat(badToken.code()).isEqualTo("registration-request-invalid");
        assertThat(moodle.requests()).isEmpty();
        assertThat(registry.list()).isEmpty();
    }

    @Test
    @DisplayName("a registration token the platform refuses (used or expired) is 403 registration-token-invalid, nothing stored")
    void tokenRefused() {
        moodleOffersItsConfiguration();
        moodle.on("POST", REGISTRATION_PATH, Reply.json(401, "{\"error\":\"invalid_token\"}"));

        RegistrationOutcome.Refused refusal = refused(start(registrations(AllowedIssuers.any())));

        assertThat(refusal.code()).isEqualTo("registration-token-invalid");
        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.message()).contains("Start the registration again from the platform");
        assertThat(registry.list()).isEmpty();
    }

    @Test
    @DisplayName("a configuration naming an issuer of another site is refused with 502 and the tool registers nothing")
    void issuerMismatch() {
        moodle.on("GET", CONFIGURATION_PATH, Reply.json(200,
                Fixtures.text("moodle-4.5/16-platform-openid-configuration.json")
                        .replace("\"issuer\": \"" + MOODLE + "\"", "\"issuer\": \"https://moodle.example.edu\"")
                        .replace(MOODLE, moodle.origin())));

        RegistrationOutcome.Refused refusal = refused(start(registrations(AllowedIssuers.any())));

        assertThat(refusal.code()).isEqualTo("openid-configuration-issuer-mismatch");
        assertThat(refusal.status()).isEqualTo(502);
        assertThat(moodle.requests(REGISTRATION_PATH)).isEmpty();
        assertThat(registry.list()).isEmpty();
    }

    @Test
    @DisplayName("a platform refusing the registration, or answering without a deployment, stores nothing")
    void platformRefuses() {
        moodleOffersItsConfiguration();
        moodle.on("POST", REGISTRATION_PATH, Reply.json(400, "{\"error\":\"invalid_client_metadata\","
                + "\"error_description\":\"redirect_uris\"}"));
        DynamicRegistrations registrations = registrations(AllowedIssuers.any());

        RegistrationOutcome.Refused refusal = refused(start(registrations));
        assertThat(refusal.code()).isEqualTo("registration-refused");
        assertThat(refusal.status()).isEqualTo(502);

        moodle.on("POST", REGISTRATION_PATH, Reply.json(200, "{\"client_id\":\"abc\",\"https://purl.imsglobal.org/spec/lti-tool-configuration\":{}}"));
        assertThat(refused(start(registrations)).code()).isEqualTo("registration-deployment-missing");

        moodle.on("POST", REGISTRATION_PATH, Reply.json(200, "{\"client_id\": 42"));
        assertThat(refused(start(registrations)).code()).isEqualTo("registration-response-malformed");

        moodle.on("POST", REGISTRATION_PATH, Reply.json(200, "{\"client_id\":\"" + "c".repeat(300) + "\","
                + "\"https://purl.imsglobal.org/spec/lti-tool-configuration\":{\"deployment_id\":\"1\"}}"));
        RegistrationOutcome.Refused tooLong = refused(start(registrations));
        assertThat(tooLong.code()).isEqualTo("registration-response-malformed");
        assertThat(tooLong.message()).contains("Remove the tool in the platform");

        assertThat(registry.list()).isEmpty();
    }

    @Test
    @DisplayName("an oversized or malformed configuration is refused as openid-configuration-malformed (502)")
    void oversizedOrMalformedConfiguration() {
        DynamicRegistrations registrations = registrations(AllowedIssuers.any());
        moodle.on("GET", CONFIGURATION_PATH, Reply.json(200, "{\"issuer\":\"" + "x".repeat(MAX_BYTES + 1) + "\"}"));
        RegistrationOutcome.Refused huge = refused(start(registrations));
        assertThat(huge.code()).isEqualTo("openid-configuration-malformed");
        assertThat(huge.status()).isEqualTo(502);

        moodle.on("GET", CONFIGURATION_PATH, Reply.json(200, "[1, 2"));
        assertThat(refused(start(registrations)).code()).isEqualTo("openid-configuration-malformed");
        assertThat(moodle.requests(REGISTRATION_PATH)).isEmpty();
        assertThat(registry.list()).isEmpty();
    }

    @Test
    @DisplayName("a configuration nobody answers for is 503 openid-configuration-unreachable")
    void unreachableConfiguration() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        RegistrationOutcome.Refused refusal = refused(registrations(AllowedIssuers.any()).register(
                Optional.of("http://127.0.0.1:" + closedPort + CONFIGURATION_PATH), Optional.of(TOKEN)));

        assertThat(refusal.code()).isEqualTo("openid-configuration-unreachable");
        assertThat(refusal.status()).isEqualTo(503);
        assertThat(registry.list()).isEmpty();
    }

    @Test
    @DisplayName("a configuration URL over plain http on another machine is refused before the token is sent")
    void insecureConfigurationUrl() {
        RegistrationOutcome.Refused refusal = refused(registrations(AllowedIssuers.any()).register(
                Optional.of("http://moodle.example.edu/mod/lti/openid-configuration.php"), Optional.of(TOKEN)));

        assertThat(refusal.code()).isEqualTo("registration-url-insecure");
        assertThat(refusal.status()).isEqualTo(400);
    }
}
