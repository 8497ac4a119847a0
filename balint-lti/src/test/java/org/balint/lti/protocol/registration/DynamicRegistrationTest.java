package org.balint.lti.protocol.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.services.JsonValues;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.support.Fixtures;
import org.balint.lti.protocol.support.StubHttpServer;
import org.balint.lti.protocol.support.StubHttpServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DynamicRegistrationTest {

    private static final String MOODLE = "http://127.0.0.1:8800";
    private static final String CONFIGURATION_PATH = "/mod/lti/openid-configuration.php";
    private static final String REGISTRATION_PATH = "/mod/lti/openid-registration.php";
    /** The registration token Moodle handed to the tool's registration start URL. */
    private static final Optional<String> TOKEN = Optional.of((String) Fixtures.object(
            Fixtures.json("moodle-4.5/14-dynreg-start-redirect.json"), "query").get("registration_token"));

    private final StubHttpServer server = StubHttpServer.start();
    private final DynamicRegistration registration =
            new DynamicRegistration(new ServiceHttp(HttpClient.newHttpClient(), Duration.ofSeconds(30), 64 * 1024));
    private final Map<String, Object> moodleCapture = Fixtures.json("moodle-4.5/15-dynreg-registration-request-response.json");

    @AfterEach
    void stop() {
        server.close();
    }

    private String moodleConfiguration() {
        return Fixtures.text("moodle-4.5/16-platform-openid-configuration.json").replace(MOODLE, server.origin());
    }

    private static ToolDescription balint() {
        return new ToolDescription("Balint groups", URI.create("https://balint.example.org/lti/login"),
                URI.create("https://balint.example.org/lti/launch"), Optional.empty(),
                URI.create("https://balint.example.org/lti/jwks"), Optional.empty(), Optional.of("Online Balint groups"),
                Map.of(), ToolDescription.DEFAULT_DEEP_LINKING_PLACEMENTS, CanvasPrivacyLevel.NAME_ONLY);
    }

    private PlatformConfiguration readMoodle() {
        server.on("GET", CONFIGURATION_PATH, Reply.json(200, moodleConfiguration()));
        return registration.readConfiguration(server.url(CONFIGURATION_PATH), TOKEN);
    }

    @Test
    void reads_moodles_openid_configuration_with_the_registration_token() {
        PlatformConfiguration platform = readMoodle();

        assertThat(platform.issuer()).isEqualTo(server.origin());
        assertThat(platform.tokenEndpoint()).isEqualTo(server.url("/mod/lti/token.php"));
        assertThat(platform.authorizationEndpoint()).isEqualTo(server.url("/mod/lti/auth.php"));
        assertThat(platform.jwksUri()).isEqualTo(server.url("/mod/lti/certs.php"));
        assertThat(platform.registrationEndpoint()).isEqualTo(server.url(REGISTRATION_PATH));
        assertThat(platform.productFamilyCode()).isEqualTo("moodle");
        assertThat(platform.placementsFor("LtiDeepLinkingRequest")).containsExactly("ContentArea");
        assertThat(platform.authorizationServer()).isEmpty();
        assertThat(server.requests().get(0).header("Authorization")).contains("Bearer " + TOKEN.get());
    }

    @Test
    void reads_canvass_configuration_from_canvass_own_origin() {
        PlatformConfiguration canvas = ConfigurationReader.read(Fixtures.text("canvas/10-dynreg-openid-configuration.json"),
                URI.create("https://canvas.instructure.com/api/lti/security/openid-configuration?registration_token=x"));

        assertThat(canvas.productFamilyCode()).isEqualTo("canvas");
        assertThat(canvas.authorizationServer()).contains("sso.canvaslms.com");
        assertThat(canvas.placementsFor("LtiDeepLinkingRequest")).contains("https://canvas.instructure.com/lti/link_selection");
    }

    @Test
    void refuses_an_issuer_from_another_origin() {
        assertThatThrownBy(() -> ConfigurationReader.read(Fixtures.text("canvas/10-dynreg-openid-configuration.json"),
                URI.create("https://example.instructure.com/api/lti/security/openid-configuration")))
                .isInstanceOfSatisfying(RegistrationFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("openid-configuration-issuer-mismatch"));

        server.on("GET", CONFIGURATION_PATH, Reply.json(200, moodleConfiguration()
                .replace("\"issuer\": \"" + server.origin() + "\"", "\"issuer\": \"https://moodle.example.edu\"")));
        assertThatThrownBy(() -> registration.readConfiguration(server.url(CONFIGURATION_PATH), TOKEN))
                .isInstanceOfSatisfying(RegistrationFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("openid-configuration-issuer-mismatch"));
    }

    @Test
    void refuses_an_issuer_over_plain_http_on_a_public_host() {
        String configuration = Fixtures.text("moodle-4.5/16-platform-openid-configuration.json").replace(MOODLE, "http://moodle.example.edu");

        assertThatThrownBy(() -> ConfigurationReader.read(configuration, URI.create("http://moodle.example.edu/mod/lti/openid-configuration.php")))
                .isInstanceOfSatisfying(RegistrationFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("openid-configuration-issuer-mismatch"));
    }

    @Test
    void refuses_to_send_the_token_over_plain_http_to_a_public_host() {
        assertThatThrownBy(() -> registration.readConfiguration(URI.create("http://moodle.example.edu/mod/lti/openid-configuration.php"), TOKEN))
                .isInstanceOfSatisfying(RegistrationFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("registration-url-insecure"));
    }

    @Test
    void refuses_configurations_that_are_incomplete_for_lti() {
        Map<String, String> broken = Map.of(
                "no token endpoint", "\"token_endpoint\": \"" + server.origin() + "/mod/lti/token.php\",",
                "no platform claim", "\"https://purl.imsglobal.org/spec/lti-platform-configuration\"",
                "no private_key_jwt", "\"private_key_jwt\"",
                "no registration endpoint", "\"registration_endpoint\": \"" + server.origin() + "/mod/lti/openid-registration.php\",");
        Map<String, String> replacement = Map.of(
                "no token endpoint", "",
                "no platform claim", "\"x-other\"",
                "no private_key_jwt", "\"client_secret_basic\"",
                "no registration endpoint", "");
        for (String name : broken.keySet()) {
            String configuration = moodleConfiguration().replace(broken.get(name), replacement.get(name));
            assertThat(configuration).as(name).isNotEqualTo(moodleConfiguration());
            server.on("GET", CONFIGURATION_PATH, Reply.json(200, configuration));

            assertThatThrownBy(() -> registration.readConfiguration(server.url(CONFIGURATION_PATH), TOKEN))
                    .as(name)
                    .isInstanceOfSatisfying(RegistrationFailed.class,
                            failure -> assertThat(failure.code()).isEqualTo("openid-configuration-malformed"));
        }
        server.on("GET", CONFIGURATION_PATH, Reply.of(200, "text/html", "<html>login</html>"));
        assertThatThrownBy(() -> registration.readConfiguration(server.url(CONFIGURATION_PATH), TOKEN))
                .isInstanceOfSatisfying(RegistrationFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("openid-configuration-malformed"));
    }

    @Test
    void a_refused_or_failing_configuration_request_has_its_own_code() {
        server.on("GET", CONFIGURATION_PATH, Reply.json(401, "{}"));
        assertThatThrownBy(() -> registration.readConfiguration(server.url(CONFIGURATION_PATH), TOKEN))
                .isInstanceOfSatisfying(RegistrationFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("registration-token-invalid"));
        server.on("GET", CONFIGURATION_PATH, Reply.json(502, "{}"));
        assertThatThrownBy(() -> registration.readConfiguration(server.url(CONFIGURATION_PATH), TOKEN))
                .isInstanceOfSatisfying(RegistrationFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("openid-configuration-unreachable"));
        server.on("GET", CONFIGURATION_PATH, Reply.json(404, "{}"));
        assertThatThrownBy(() -> registration.readConfiguration(server.url(CONFIGURATION_PATH), TOKEN))
                .isInstanceOfSatisfying(RegistrationFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("openid-configuration-refused"));
    }

    @Test
    void registers_with_moodle_and_reads_its_answer() throws Exception {
        PlatformConfiguration platform = readMoodle();
        server.on("POST", REGISTRATION_PATH,
                Reply.json(200, JsonValues.write(Fixtures.object(moodleCapture, "responseBody"))));

        RegisteredTool tool = registration.register(platform, TOKEN, balint());

        assertThat(tool.clientId()).isEqualTo("Jpm8mtxSHefqDLd");
        assertThat(tool.deploymentId()).isEqualTo("2");
        assertThat(tool.scopes()).contains("https://purl.imsglobal.org/spec/lti-ags/scope/score",
                "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
        PlatformRegistration registered = tool.toPlatformRegistration();
        assertThat(registered.issuer()).isEqualTo(server.origin());
        assertThat(registered.clientId()).isEqualTo("Jpm8mtxSHefqDLd");
        assertThat(registered.tokenEndpoint()).isEqualTo(server.url("/mod/lti/token.php"));
        assertThat(registered.deploymentIds()).containsExactly("2");

        StubHttpServer.Recorded request = server.requests(REGISTRATION_PATH).get(0);
        assertThat(request.header("Authorization")).contains("Bearer " + TOKEN.get());
        assertThat(request.header("Content-Type")).contains("application/json");
        Map<String, Object> sent = JsonValues.object(request.body());
        Map<String, Object> accepted = Fixtures.object(moodleCapture, "requestPayload");
        for (String sameAsMoodleAccepted : List.of("application_type", "response_types", "grant_types", "token_endpoint_auth_method")) {
            assertThat(sent.get(sameAsMoodleAccepted)).as(sameAsMoodleAccepted).isEqualTo(accepted.get(sameAsMoodleAccepted));
        }
        assertThat(sent).containsEntry("initiate_login_uri", "https://balint.example.org/lti/login")
                .containsEntry("redirect_uris", List.of("https://balint.example.org/lti/launch"))
                .containsEntry("jwks_uri", "https://balint.example.org/lti/jwks")
                .containsEntry("client_name", "Balint groups")
                .doesNotContainKey("logo_uri");
        assertThat(((String) sent.get("scope")).split(" ")).containsExactlyInAnyOrder(
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
        Map<String, Object> lti = Fixtures.object(sent, "https://purl.imsglobal.org/spec/lti-tool-configuration");
        assertThat(lti).containsEntry("domain", "balint.example.org")
                .containsEntry("target_link_uri", "https://balint.example.org/lti/launch")
                .containsEntry("claims", List.of("iss", "sub", "name", "given_name", "family_name", "email"))
                .containsEntry("https://canvas.instructure.com/lti/privacy_level", "name_only")
                .doesNotContainKey("custom_parameters");
        assertThat(lti.get("messages")).isEqualTo(List.of(
                Map.of("type", "LtiResourceLinkRequest", "target_link_uri", "https://balint.example.org/lti/launch"),
                Map.of("type", "LtiDeepLinkingRequest", "target_link_uri", "https://balint.example.org/lti/launch",
                        "label", "Balint groups", "placements", List.of("ContentArea"))));
    }

    @Test
    void registers_with_canvas_asking_for_the_placements_it_advertises_and_reads_its_deployment() throws Exception {
        PlatformConfiguration advertised = ConfigurationReader.read(Fixtures.text("canvas/10-dynreg-openid-configuration.json"),
                URI.create("https://canvas.instructure.com/api/lti/security/openid-configuration"));
        PlatformConfiguration canvas = new PlatformConfiguration(advertised.issuer(), advertised.authorizationEndpoint(),
                advertised.tokenEndpoint(), advertised.jwksUri(), server.url("/api/lti/registrations"),
                advertised.authorizationServer(), advertised.scopesSupported(), advertised.productFamilyCode(),
                advertised.messagesSupported());
        server.on("POST", "/api/lti/registrations", Reply.json(200, Fixtures.text("canvas/12-dynreg-registration-response.json")));
        ToolDescription publicProfile = new ToolDescription("Balint groups", URI.create("https://balint.example.org/lti/login"),
                URI.create("https://balint.example.org/lti/launch"), Optional.of(URI.create("https://balint.example.org/lti/deep-link")),
                URI.create("https://balint.example.org/lti/jwks"), Optional.of(URI.create("https://balint.example.org/logo.png")),
                Optional.empty(), Map.of("group", "$ResourceLink.id"), ToolDescription.DEFAULT_DEEP_LINKING_PLACEMENTS,
                CanvasPrivacyLevel.PUBLIC);

        RegisteredTool tool = registration.register(canvas, Optional.empty(), publicProfile);

        assertThat(tool.clientId()).isEqualTo("10000000000042");
        assertThat(tool.deploymentId()).isEqualTo("12:8865aa05b4b79b64a91a86042e43af5ea8ae79eb");
        assertThat(tool.toPlatformRegistration().issuer()).isEqualTo("https://canvas.instructure.com");
        StubHttpServer.Recorded request = server.requests().get(0);
        assertThat(request.header("Authorization")).isEmpty();
        Map<String, Object> sent = JsonValues.object(request.body());
        assertThat(sent).containsEntry("logo_uri", "https://balint.example.org/logo.png")
                .containsEntry("redirect_uris", List.of("https://balint.example.org/lti/launch", "https://balint.example.org/lti/deep-link"));
        Map<String, Object> lti = Fixtures.object(sent, "https://purl.imsglobal.org/spec/lti-tool-configuration");
        assertThat(lti).containsEntry("https://canvas.instructure.com/lti/privacy_level", "public")
                .containsEntry("custom_parameters", Map.of("group", "$ResourceLink.id"));
        @SuppressWarnings("unchecked")
        Map<String, Object> deepLinking = ((List<Map<String, Object>>) lti.get("messages")).get(1);
        assertThat(deepLinking).containsEntry("target_link_uri", "https://balint.example.org/lti/deep-link")
                .containsEntry("placements", List.of("ContentArea", "assignment_selection", "link_selection"));
    }

    @Test
    void a_refused_registration_says_why() {
        PlatformConfiguration platform = readMoodle();

        server.on("POST", REGISTRATION_PATH, Reply.json(401, "{\"errorMessage\":\"JWT did not include expected contents\"}"));
        assertThatThrownBy(() -> registration.register(platform, TOKEN, balint()))
                .isInstanceOfSatisfying(RegistrationFailed.class, failure -> {
                    assertThat(failure.code()).isEqualTo("registration-token-invalid");
                    assertThat(failure.detail()).contains("JWT did not include expected contents");
                });

        server.on("POST", REGISTRATION_PATH, Reply.json(400, "{\"error\":\"invalid_redirect_uri\",\"error_description\":\"redirect_uris must be https\"}"));
        assertThatThrownBy(() -> registration.register(platform, TOKEN, balint()))
                .isInstanceOfSatisfying(RegistrationFailed.class, failure -> {
                    assertThat(failure.code()).isEqualTo("registration-refused");
                    assertThat(failure.detail()).contains("redirect_uris must be https");
                });

        server.on("POST", REGISTRATION_PATH, Reply.json(500, "oops"));
        assertThatThrownBy(() -> registration.register(platform, TOKEN, balint()))
                .isInstanceOfSatisfying(RegistrationFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("registration-refused"));
    }

    @Test
    void refuses_answers_without_client_id_or_deployment() {
        PlatformConfiguration platform = readMoodle();

        server.on("POST", REGISTRATION_PATH, Reply.json(200, "{\"https://purl.imsglobal.org/spec/lti-tool-configuration\":{\"deployment_id\":\"2\"}}"));
        assertThatThrownBy(() -> registration.register(platform, TOKEN, balint()))
                .isInstanceOfSatisfying(RegistrationFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("registration-response-malformed"));

        server.on("POST", REGISTRATION_PATH, Reply.json(200, "{\"client_id\":\"abc\",\"https://purl.imsglobal.org/spec/lti-tool-configuration\":{}}"));
        assertThatThrownBy(() -> registration.register(platform, TOKEN, balint()))
                .isInstanceOfSatisfying(RegistrationFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("registration-deployment-missing"));

        server.on("POST", REGISTRATION_PATH, Reply.json(200, "{\"client_id\":7}"));
        assertThatThrownBy(() -> registration.register(platform, TOKEN, balint()))
                .isInstanceOfSatisfying(RegistrationFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("registration-response-malformed"));
    }

    @Test
    void an_unreachable_registration_endpoint_has_its_own_code() {
        PlatformConfiguration platform = readMoodle();
        URI closed;
        try (StubHttpServer gone = StubHttpServer.start()) {
            closed = gone.url(REGISTRATION_PATH);
        }
        PlatformConfiguration elsewhere = new PlatformConfiguration(platform.issuer(), platform.authorizationEndpoint(),
                platform.tokenEndpoint(), platform.jwksUri(), closed, Optional.empty(), Set.of(), "moodle", List.of());

        assertThatThrownBy(() -> registration.register(elsewhere, TOKEN, balint()))
                .isInstanceOfSatisfying(RegistrationFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("registration-endpoint-unreachable"));
    }
}
