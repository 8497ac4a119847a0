package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static it.org.balint.lti.PageForms.encode;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balint.devplatform.AutoSubmitForm;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.LaunchRequest;
import org.balint.devplatform.LaunchStart;
import org.balint.devplatform.LoginInitiation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * LTI platform storage at the HTTP level: what the tool's login and launch pages carry when the
 * platform offers {@code lti_storage_target}, and the second launch step, played by hand in place of
 * the pages' script (the real script runs in {@code LaunchingInChromiumIT}).
 */
@DisplayName("Launching through LTI platform storage, over HTTP")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LaunchingThroughPlatformStorageIT {

    /** The packaged tool, deployed on node 1 for this class. */
    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    private static DevPlatform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = DevPlatform.start(PlatformForTests.config(ToolOnLiberty.node1()));
        ToolOnLiberty.awaitReady(ToolOnLiberty.node1());
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    private final Browser browser = new Browser();

    /** The tool's answer to a login initiation that offers platform storage. */
    private HttpResponse<String> loginWithStorage() throws Exception {
        LaunchStart start = platform.beginLaunch(LaunchRequest.resourceLink("1002", "301"));
        LoginInitiation initiation = ((LaunchStart.Started) start).initiation();
        assertThat(initiation.parameters()).containsEntry("lti_storage_target", "_parent");
        return browser.post(initiation.toolLoginUrl(), initiation.formBody());
    }

    private static Map<String, Object> dataBlock(String page) throws Exception {
        Matcher block = Pattern.compile("<script id=\"lti-storage\" type=\"application/json\">([^<]*)</script>")
                .matcher(page);
        assertThat(block.find()).as(page).isTrue();
        return JSONObjectUtils.parse(block.group(1));
    }

    private static String nonceOf(HttpResponse<String> page) {
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("script-src 'nonce-([A-Za-z0-9+/=]+)'").matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        return nonce.group(1);
    }

    @Test
    @DisplayName("the login answers with a page whose nonce'd script stores the binding with the platform's "
            + "authorization origin, and still sets the cookie")
    void loginPage() throws Exception {
        HttpResponse<String> page = loginWithStorage();

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        String nonce = nonceOf(page);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; script-src 'nonce-"
                + nonce + "'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(page.body()).contains("<script nonce=\"" + nonce + "\">", "lti.capabilities", "lti.put_data")
                .doesNotContain(" onload=", " onclick=", " onerror=", "javascript:");
        Map<String, Object> data = dataBlock(page.body());
        URI next = URI.create((String) data.get("next"));
        String state = query(next, "state");
        assertThat(data).containsEntry("mode", "login").containsEntry("target", "_parent")
                .containsEntry("origin", "http://localhost:" + ToolOnLiberty.platformPort())
                .containsEntry("key", "balint-lti-login-" + state);
        assertThat(next.getPath()).isEqualTo("/auth");
        assertThat(browser.setCookieHeaders()).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("balint-lti-login-" + state + "=" + data.get("value") + ";"));
    }

    @Test
    @DisplayName("without the cookie, the launch answers with a page that reads the binding from platform storage, "
            + "and its second step with that binding is accepted once")
    void launchThroughStorage() throws Exception {
        Map<String, Object> login = dataBlock(loginWithStorage().body());
        HttpResponse<String> authPage = browser.get(URI.create((String) login.get("next")));
        AutoSubmitForm idTokenForm = AutoSubmitForm.parse(authPage.body()).orElseThrow();
        assertThat(idTokenForm.field("lti_storage_target")).hasValue("_parent");
        browser.forgetCookies();

        HttpResponse<String> storagePage = browser.submit(idTokenForm);

        assertThat(storagePage.statusCode()).as(storagePage.body()).isEqualTo(200);
        assertThat(storagePage.body()).contains("<script nonce=\"" + nonceOf(storagePage) + "\">", "lti.get_data",
                "action=\"/lti/launch/platform-storage\"").doesNotContain("has not set up");
        Map<String, Object> launch = dataBlock(storagePage.body());
        assertThat(launch).containsEntry("mode", "launch").containsEntry("key", login.get("key"))
                .containsEntry("origin", login.get("origin")).doesNotContainKey("value");
        AutoSubmitForm step = AutoSubmitForm.parse(storagePage.body()).orElseThrow();
        assertThat(step.action().getPath()).isEqualTo("/lti/launch/platform-storage");
        assertThat(step.field("id_token")).isEqualTo(idTokenForm.field("id_token"));
        assertThat(step.field("state")).isEqualTo(idTokenForm.field("state"));

        String body = "id_token=" + encode(step.field("id_token").orElseThrow()) + "&state="
                + encode(step.field("state").orElseThrow()) + "&browser_binding=" + encode((String) login.get("value"));
        String origin = "http://localhost:" + ToolOnLiberty.node1().getPort();
        HttpResponse<String> welcome = browser.post(ToolOnLiberty.node1().resolve("/lti/launch/platform-storage"), body,
                "Origin", origin, "Sec-Fetch-Site", "same-origin");

        assertThat(welcome.statusCode()).as(welcome.body()).isEqualTo(200);
        assertThat(welcome.body()).contains("Your leader has not set up this group yet");

        HttpResponse<String> again = browser.post(ToolOnLiberty.node1().resolve("/lti/launch/platform-storage"), body,
                "Origin", origin);
        assertThat(storagePage.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(again.body()).contains("<code>state-reused</code>");
    }

    @Test
    @DisplayName("when platform storage gives nothing back, the second step still accepts the login cookie")
    void secondStepFallsBackToTheCookie() throws Exception {
        Map<String, Object> login = dataBlock(loginWithStorage().body());
        AutoSubmitForm idTokenForm = AutoSubmitForm.parse(browser.get(URI.create((String) login.get("next"))).body())
                .orElseThrow();

        HttpResponse<String> welcome = browser.post(ToolOnLiberty.node1().resolve("/lti/launch/platform-storage"),
                idTokenForm.formBody() + "&browser_binding=", "Sec-Fetch-Site", "same-origin");

        assertThat(welcome.statusCode()).as(welcome.body()).isEqualTo(200);
        assertThat(welcome.body()).contains("Your leader has not set up this group yet");
    }

    @Test
    @DisplayName("with the cookie, a launch that offers platform storage is validated at once, without the storage page")
    void cookieFirst() throws Exception {
        Map<String, Object> login = dataBlock(loginWithStorage().body());
        AutoSubmitForm idTokenForm = AutoSubmitForm.parse(browser.get(URI.create((String) login.get("next"))).body())
                .orElseThrow();

        HttpResponse<String> welcome = browser.submit(idTokenForm);

        assertThat(welcome.statusCode()).as(welcome.body()).isEqualTo(200);
        assertThat(welcome.body()).contains("Your leader has not set up this group yet").doesNotContain("lti.get_data");
    }

    @Test
    @DisplayName("without the cookie, a launch with an unknown state is refused at once, without the storage page")
    void unknownStateWithStorage() throws Exception {
        HttpResponse<String> refused = browser.post(ToolOnLiberty.node1().resolve("/lti/launch"),
                "id_token=" + "x".repeat(40_000) + "&state=never-issued&lti_storage_target=_parent");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<code>token-too-large</code>").doesNotContain("lti.get_data");

        Map<String, Object> login = dataBlock(loginWithStorage().body());
        AutoSubmitForm idTokenForm = AutoSubmitForm.parse(browser.get(URI.create((String) login.get("next"))).body())
                .orElseThrow();
        HttpResponse<String> unknown = new Browser().post(ToolOnLiberty.node1().resolve("/lti/launch"),
                "id_token=" + encode(idTokenForm.field("id_token").orElseThrow())
                        + "&state=never-issued&lti_storage_target=_parent");
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(unknown.body()).contains("<code>state-unknown</code>").doesNotContain("lti.get_data");
    }

    @Test
    @DisplayName("a storage frame name that no platform would use is ignored: the login redirects with the cookie alone")
    void oddStorageTarget() throws Exception {
        LaunchStart start = platform.beginLaunch(LaunchRequest.resourceLink("1002", "301").offeringPlatformStorage(false));
        LoginInitiation initiation = ((LaunchStart.Started) start).initiation();

        HttpResponse<String> answer = browser.post(initiation.toolLoginUrl(), initiation.formBody()
                + "&lti_storage_target=" + encode("\"><script>alert(1)</script>"));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(browser.setCookieHeaders()).hasSize(1);
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " not in " + uri);
    }
}
