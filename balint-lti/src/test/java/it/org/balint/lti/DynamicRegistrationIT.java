package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.balint.devplatform.AutoSubmitForm;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.ToolClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@DisplayName("Registering the tool on Open Liberty dynamically from the dev platform")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DynamicRegistrationIT {

    private static DevPlatform platform;

    @ArquillianResource
    private URL deployed;

    private URI tool;
    private final Browser browser = new Browser();

    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    @BeforeEach
    void startPlatform() throws Exception {
        tool = ToolOnLiberty.base(deployed);
        if (platform == null) {
            platform = DevPlatform.start(PlatformForTests.config(tool));
            ToolOnLiberty.awaitReady(tool);
        }
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }

    /** The registration start URL as the platform opens it. */
    private URI startUrl(String openIdConfiguration, String token) {
        return tool.resolve("/lti/register?openid_configuration="
                + URLEncoder.encode(openIdConfiguration, StandardCharsets.UTF_8)
                + "&registration_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> register(String token) throws Exception {
        return browser.get(startUrl(platform.openIdConfigurationUri().toString(), token));
    }

    @Test
    @DisplayName("the platform registers the tool through /lti/register, the page names the new client and closes the dialog, and a launch from that client succeeds")
    void registersAndLaunches() throws Exception {
        int before = platform.registeredTools().size();

        HttpResponse<String> page = register(platform.issueRegistrationToken());

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        List<ToolClient> tools = platform.registeredTools();
        assertThat(tools).hasSize(before + 1);
        ToolClient registered = tools.get(tools.size() - 1);
        assertThat(registered.initiateLoginUri()).isEqualTo(tool.resolve("/lti/login"));
        assertThat(registered.redirectUris()).contains(tool.resolve("/lti/launch"));
        assertThat(registered.jwksUri()).isEqualTo(tool.resolve("/lti/jwks"));
        assertThat(registered.claims()).containsExactly("iss", "sub", "name", "given_name", "family_name", "email");
        assertThat(page.body()).contains("Balint groups is registered", registered.clientId(),
                registered.deploymentId(), platform.issuer().toString(), "<code>dynamic</code>",
                "org.imsglobal.lti.close");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).startsWith("default-src 'none'; script-src 'nonce-");
        String nonce = csp.substring(csp.indexOf("'nonce-") + 7, csp.indexOf('\'', csp.indexOf("'nonce-") + 7));
        assertThat(page.body()).contains("<script nonce=\"" + nonce + "\">");

        HttpResponse<String> loginPage = browser.post(platform.baseUrl().resolve("/launch"),
                "as=1001&resource_link=301&client=" + registered.clientId());
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        AutoSubmitForm initiation = AutoSubmitForm.parse(loginPage.body()).orElseThrow();
        assertThat(initiation.fields()).containsEntry("client_id", registered.clientId())
                .containsEntry("lti_deployment_id", registered.deploymentId());
        HttpResponse<String> toAuth = browser.submit(initiation);
        HttpResponse<String> authPage = browser.get(Browser.loginTarget(toAuth));
        assertThat(authPage.statusCode()).as(authPage.body()).isEqualTo(200);
        HttpResponse<String> launched = browser.submit(AutoSubmitForm.parse(authPage.body()).orElseThrow());

        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(200);
        assertThat(launched.body()).contains("Set up this Balint group", "value=\"Mira Okafor\"");
    }

    @Test
    @DisplayName("a registration token the platform does not accept (forged, or used already) is refused with 403 and registers nothing")
    void badRegistrationToken() throws Exception {
        String token = platform.issueRegistrationToken();
        assertThat(register(token).statusCode()).isEqualTo(200);
        int before = platform.registeredTools().size();

        for (String bad : List.of(token, "forged-registration-token")) {
            HttpResponse<String> page = register(bad);

            assertThat(page.statusCode()).as(page.body()).isEqualTo(403);
            assertThat(page.body()).contains("Balint groups was not registered", "<code>registration-token-invalid</code>",
                    "Start the registration again from the platform", "org.imsglobal.lti.close");
        }
        assertThat(platform.registeredTools()).hasSize(before);
    }

    @Test
    @DisplayName("an OpenID configuration naming an issuer of another site is refused with 502, before anything is registered")
    void issuerMismatch() throws Exception {
        int before = platform.registeredTools().size();
        platform.publishIssuerInConfiguration(Optional.of(URI.create("https://platform.example.org")));
        HttpResponse<String> page;
        try {
            page = register(platform.issueRegistrationToken());
        } finally {
            platform.publishIssuerInConfiguration(Optional.empty());
        }

        assertThat(page.statusCode()).as(page.body()).isEqualTo(502);
        assertThat(page.body()).contains("<code>openid-configuration-issuer-mismatch</code>");
        assertThat(platform.registeredTools()).hasSize(before);
    }

    @Test
    @DisplayName("opened without openid_configuration, the start URL says what it is for: 400 registration-request-invalid, as JSON when asked")
    void withoutConfiguration() throws Exception {
        HttpResponse<String> page = browser.get(tool.resolve("/lti/register"));
        HttpResponse<String> json = browser.get(tool.resolve("/lti/register?registration_token=x"),
                "Accept", "application/json");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<code>registration-request-invalid</code>", "openid_configuration");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("\"code\":\"registration-request-invalid\"");
    }

    @Test
    @DisplayName("the Canvas developer-key JSON names the tool's login, launch and key-set addresses")
    void canvasJson() throws Exception {
        HttpResponse<String> json = browser.get(tool.resolve("/lti/canvas.json"));

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json.body()).contains("\"oidc_initiation_url\":\"" + tool.resolve("/lti/login") + "\"",
                "\"target_link_uri\":\"" + tool.resolve("/lti/launch") + "\"",
                "\"public_jwk_url\":\"" + tool.resolve("/lti/jwks") + "\"",
                "\"privacy_level\":\"name_only\"", "\"placement\":\"course_navigation\"",
                "\"platform\":\"canvas.instructure.com\"");
    }
}
