package org.balint.devplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LTI Dynamic Registration registers a tool with a one-time registration token")
class TheDynamicRegistrationTest {

    private static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

    private final Browser browser = new Browser();
    private ToolUnderTest tool;
    private DevPlatform platform;
    private ServiceCalls calls;

    @BeforeEach
    void start() throws Exception {
        tool = ToolUnderTest.start();
        platform = DevPlatform.start(DevPlatformConfig.forTool(tool.base()));
        calls = new ServiceCalls(platform, tool);
    }

    @AfterEach
    void stop() {
        platform.close();
        tool.close();
    }

    /** The tool's registration as Moodle received it in the capture, pointed at this test's tool. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> registration() throws Exception {
        Map<String, Object> moodle = (Map<String, Object>) Fixtures.moodle(
                "15-dynreg-registration-request-response.json").get("requestPayload");
        String captured = "http://127.0.0.1:8801";
        String local = tool.base().toString();
        return Fixtures.object(ServiceCalls.toJson(moodle).replace(captured.replace("/", "\\/"), local)
                .replace(captured, local).replace("127.0.0.1:8801", tool.base().getAuthority()));
    }

    private HttpResponse<String> register(String token, Map<String, Object> body) throws Exception {
        return calls.send("POST", platform.registrationEndpoint(), token, "application/json",
                ServiceCalls.toJson(body));
    }

    @Test
    @DisplayName("the OpenID configuration names the registration endpoint and the platform's messages")
    void openIdConfiguration() throws Exception {
        Map<String, Object> configuration = ServiceCalls.json(browser.get(platform.openIdConfigurationUri()));
        Map<String, Object> moodle = Fixtures.moodle("16-platform-openid-configuration.json");

        assertThat(configuration.keySet()).containsExactlyInAnyOrderElementsOf(moodle.keySet());
        assertThat(configuration).containsEntry("registration_endpoint", platform.registrationEndpoint().toString())
                .containsEntry("token_endpoint", platform.tokenEndpoint().toString());
        assertThat((Map<String, Object>) configuration.get("https://purl.imsglobal.org/spec/lti-platform-configuration"))
                .containsKeys("product_family_code", "version", "messages_supported");
    }

    @Test
    @DisplayName("a valid registration gets a client_id and deployment_id, answered in Moodle's shape")
    @SuppressWarnings("unchecked")
    void registers() throws Exception {
        HttpResponse<String> response = register(platform.issueRegistrationToken(), registration());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, Object> answer = ServiceCalls.json(response);
        Map<String, Object> moodle = (Map<String, Object>) Fixtures.moodle(
                "15-dynreg-registration-request-response.json").get("responseBody");
        assertThat(answer.keySet()).containsExactlyInAnyOrderElementsOf(moodle.keySet());
        Map<String, Object> configuration = (Map<String, Object>) answer.get(TOOL_CONFIGURATION);
        assertThat(configuration.keySet()).containsExactlyInAnyOrderElementsOf(
                ((Map<String, Object>) moodle.get(TOOL_CONFIGURATION)).keySet());
        String clientId = (String) answer.get("client_id");
        assertThat(clientId).matches("[A-Za-z0-9]{15}");
        assertThat(configuration).containsEntry("version", "1.3.0").containsEntry("custom_parameters",
                Map.of("via", "dynreg"));
        assertThat(answer).containsEntry("jwks_uri", tool.base() + "/jwks")
                .containsEntry("token_endpoint_auth_method", "private_key_jwt");
        assertThat(((String) answer.get("scope")).split(" ")).containsExactlyInAnyOrder(ServiceCalls.SCORE,
                ServiceCalls.LINE_ITEM, ServiceCalls.RESULT_READ_ONLY, ServiceCalls.MEMBERSHIP);

        ToolClient registered = platform.registeredTools().get(1);
        assertThat(registered.clientId()).isEqualTo(clientId);
        assertThat(registered.deploymentId()).isEqualTo(configuration.get("deployment_id"))
                .isNotEqualTo(platform.config().deploymentId());
        assertThat(registered.redirectUris()).containsExactly(URI.create(tool.base() + "/launch"));
        assertThat(registered.initiateLoginUri()).isEqualTo(URI.create(tool.base() + "/login"));
    }

    @Test
    @DisplayName("a registration token works once; a missing or forged one is 401")
    void oneTimeToken() throws Exception {
        String token = platform.issueRegistrationToken();
        assertThat(register(token, registration()).statusCode()).isEqualTo(200);

        HttpResponse<String> again = register(token, registration());
        HttpResponse<String> forged = register("forged", registration());
        HttpResponse<String> none = calls.postForm(platform.registrationEndpoint(), Map.of());

        assertThat(again.statusCode()).isEqualTo(401);
        assertThat(ServiceCalls.json(again)).containsEntry("code", "registration-token-invalid")
                .containsEntry("error", "invalid_token");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(platform.registeredTools()).hasSize(2);
    }

    @Test
    @DisplayName("registrations breaking the rules are refused as invalid_client_metadata and register nothing")
    void refusals() throws Exception {
        String token = platform.issueRegistrationToken();
        assertRefused(token, with("token_endpoint_auth_method", "client_secret_basic"),
                "invalid_client_metadata", "token-endpoint-auth-method-unsupported");
        assertRefused(token, with("grant_types", List.of("implicit")), "invalid_client_metadata",
                "grant-types-incomplete");
        assertRefused(token, with("redirect_uris", List.of("https://tool.example.com/launch")),
                "invalid_redirect_uri", "redirect-uris-invalid");
        assertRefused(token, with("jwks_uri", "not a url"), "invalid_client_metadata", "jwks-uri-invalid");
        assertRefused(token, with(TOOL_CONFIGURATION, null), "invalid_client_metadata", "tool-configuration-missing");
        HttpResponse<String> form = calls.send("POST", platform.registrationEndpoint(), token,
                "application/x-www-form-urlencoded", "a=b");
        assertThat(form.statusCode()).isEqualTo(415);

        assertThat(platform.registeredTools()).hasSize(1);
        assertThat(register(token, registration()).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("a dynamically registered tool gets tokens for its scopes with its own key")
    void registeredToolGetsTokens() throws Exception {
        Map<String, Object> body = registration();
        body.put("jwks_uri", tool.base() + "/lti/jwks");
        body.put("scope", ServiceCalls.MEMBERSHIP);
        String clientId = (String) ServiceCalls.json(register(platform.issueRegistrationToken(), body))
                .get("client_id");

        HttpResponse<String> granted = calls.requestToken(tool.sign(calls.assertionClaims(clientId).build()),
                ServiceCalls.MEMBERSHIP + " " + ServiceCalls.SCORE);
        HttpResponse<String> refused = calls.requestToken(tool.sign(calls.assertionClaims(clientId).build()),
                ServiceCalls.SCORE);

        assertThat(ServiceCalls.json(granted)).containsEntry("scope", ServiceCalls.MEMBERSHIP);
        assertThat(ServiceCalls.json(refused)).containsEntry("error", "invalid_scope");
    }

    @Test
    @DisplayName("the registration page frames the tool's start URL with openid_configuration and a working token")
    void registrationPage() throws Exception {
        HttpResponse<String> page = browser.get(platform.baseUrl().resolve("/dynamic-registration"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("org.imsglobal.lti.close", "<iframe", "Registered tools",
                DevPlatformConfig.DEFAULT_CLIENT_ID);
        Matcher src = Pattern.compile("src=\"([^\"]+)\"").matcher(page.body());
        assertThat(src.find()).isTrue();
        URI start = URI.create(src.group(1).replace("&amp;", "&"));
        assertThat(start.getPath()).isEqualTo("/lti/register");
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : start.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(query).containsEntry("openid_configuration", platform.openIdConfigurationUri().toString());
        assertThat(register(query.get("registration_token"), registration()).statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-src 'self' " + tool.base()));
    }

    @Test
    @DisplayName("a launch toward a dynamically registered tool carries its client_id and deployment, and its id_token is addressed to it")
    @SuppressWarnings("unchecked")
    void launchTowardRegisteredTool() throws Exception {
        tool.trust(platform);
        Map<String, Object> body = registration();
        body.put("initiate_login_uri", tool.loginUrl().toString());
        body.put("redirect_uris", List.of(tool.launchUrl().toString()));
        Map<String, Object> answer = ServiceCalls.json(register(platform.issueRegistrationToken(), body));
        String clientId = (String) answer.get("client_id");
        String deploymentId = (String) ((Map<String, Object>) answer.get(TOOL_CONFIGURATION)).get("deployment_id");

        LaunchStart start = platform.beginLaunch(LaunchRequest.resourceLink("1002", "301"), clientId);

        LoginInitiation initiation = ((LaunchStart.Started) start).initiation();
        assertThat(initiation.toolLoginUrl()).isEqualTo(tool.loginUrl());
        assertThat(initiation.parameters()).containsEntry("client_id", clientId)
                .containsEntry("lti_deployment_id", deploymentId);
        HttpResponse<String> toAuth = browser.post(initiation.toolLoginUrl(), initiation.formBody());
        HttpResponse<String> authPage = browser.get(Browser.location(toAuth));
        assertThat(authPage.statusCode()).as(authPage.body()).isEqualTo(200);
        AutoSubmitForm form = AutoSubmitForm.parse(authPage.body()).orElseThrow();
        com.nimbusds.jwt.SignedJWT idToken = com.nimbusds.jwt.SignedJWT.parse(form.fields().get("id_token"));
        assertThat(idToken.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(
                platform.publicKeys().getKeys().get(0).toRSAKey()))).isTrue();
        assertThat(idToken.getJWTClaimsSet().getAudience()).containsExactly(clientId);
        assertThat(idToken.getJWTClaimsSet().getStringClaim("azp")).isEqualTo(clientId);
        assertThat(idToken.getJWTClaimsSet().getStringClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id"))
                .isEqualTo(deploymentId);
        assertThat(form.action()).isEqualTo(tool.launchUrl());
    }

    @Test
    @DisplayName("a launch toward a client nobody registered is refused with client-unknown; its hint cannot be redeemed for another client")
    void launchTowardUnknownClient() throws Exception {
        LaunchStart unknown = platform.beginLaunch(LaunchRequest.resourceLink("1002", "301"), "nobody");
        assertThat(unknown).isInstanceOf(LaunchStart.Refused.class);
        assertThat(((LaunchStart.Refused) unknown).violations()).extracting(Violation::code).contains("client-unknown");

        String clientId = (String) ServiceCalls.json(register(platform.issueRegistrationToken(), registration()))
                .get("client_id");
        LoginInitiation initiation = ((LaunchStart.Started) platform.beginLaunch(
                LaunchRequest.resourceLink("1002", "301"), clientId)).initiation();
        String auth = "scope=openid&response_type=id_token&response_mode=form_post&prompt=none"
                + "&client_id=" + DevPlatformConfig.DEFAULT_CLIENT_ID
                + "&redirect_uri=" + java.net.URLEncoder.encode(tool.launchUrl().toString(), "UTF-8")
                + "&login_hint=1002&nonce=n-1&lti_message_hint=" + initiation.messageHint();
        HttpResponse<String> refused = browser.post(platform.authorizationEndpoint(), auth);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("client-id-unknown");
    }

    @Test
    @DisplayName("the home page's launch form takes the client to launch toward")
    void launchFormTakesClient() throws Exception {
        String clientId = (String) ServiceCalls.json(register(platform.issueRegistrationToken(), registration()))
                .get("client_id");

        HttpResponse<String> loginPage = browser.post(platform.baseUrl().resolve("/launch"),
                "as=1002&resource_link=301&client=" + clientId);

        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        assertThat(AutoSubmitForm.parse(loginPage.body()).orElseThrow().fields()).containsEntry("client_id", clientId);
        assertThat(browser.post(platform.baseUrl().resolve("/launch"), "as=1002&resource_link=301&client=nobody")
                .body()).contains("client-unknown");
    }

    @Test
    @DisplayName("the issuer fault switch makes the OpenID configuration name another issuer, and switches back")
    void issuerFaultSwitch() throws Exception {
        platform.publishIssuerInConfiguration(java.util.Optional.of(URI.create("https://platform.example.org")));
        Map<String, Object> faulty = ServiceCalls.json(browser.get(platform.openIdConfigurationUri()));
        platform.publishIssuerInConfiguration(java.util.Optional.empty());
        Map<String, Object> restored = ServiceCalls.json(browser.get(platform.openIdConfigurationUri()));

        assertThat(faulty).containsEntry("issuer", "https://platform.example.org")
                .containsEntry("registration_endpoint", platform.registrationEndpoint().toString());
        assertThat(restored).containsEntry("issuer", platform.issuer().toString());
    }

    private Map<String, Object> with(String field, Object value) throws Exception {
        Map<String, Object> body = registration();
        body.put(field, value);
        return body;
    }

    private void assertRefused(String token, Map<String, Object> body, String error, String code) throws Exception {
        HttpResponse<String> response = register(token, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(ServiceCalls.json(response)).containsEntry("error", error).containsEntry("code", code);
    }
}
