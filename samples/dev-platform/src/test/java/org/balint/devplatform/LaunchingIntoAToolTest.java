package org.balint.devplatform;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Launching into a tool, as the tool sees it")
class LaunchingIntoAToolTest {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership";

    private static ToolUnderTest tool;
    private static DevPlatform platform;
    private final Browser browser = new Browser();

    @BeforeAll
    static void startToolAndPlatform() throws Exception {
        tool = ToolUnderTest.start();
        platform = DevPlatform.start(DevPlatformConfig.forTool(tool.base())
                .withIdTokenLifetime(Duration.ofMinutes(3))
                .withCustom(Map.of("user", "$User.id", "course_title", "$Context.title", "email", "$Person.email.primary",
                        "unknown", "$Not.a.variable", "plain", "value")));
        tool.trust(platform);
    }

    @AfterAll
    static void stop() {
        platform.close();
        tool.close();
    }

    /** Presses a launch button of the home page and plays the browser until the tool answers. */
    private HttpResponse<String> launchFromHomePage(String formBody) throws Exception {
        HttpResponse<String> loginPage = browser.post(platform.baseUrl().resolve("/launch"), formBody);
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        AutoSubmitForm initiation = AutoSubmitForm.parse(loginPage.body()).orElseThrow();
        HttpResponse<String> toAuth = browser.submit(initiation);
        assertThat(toAuth.statusCode()).isEqualTo(302);
        HttpResponse<String> authPage = browser.get(Browser.location(toAuth));
        assertThat(authPage.statusCode()).as(authPage.body()).isEqualTo(200);
        AutoSubmitForm idTokenForm = AutoSubmitForm.parse(authPage.body()).orElseThrow();
        assertThat(idTokenForm.action()).isEqualTo(tool.launchUrl());
        assertThat(idTokenForm.method()).isEqualTo("POST");
        if (formBody.contains("no_storage")) {
            assertThat(idTokenForm.fields()).containsOnlyKeys("id_token", "state");
        } else {
            assertThat(idTokenForm.fields()).containsOnlyKeys("id_token", "state", "lti_storage_target")
                    .containsEntry("lti_storage_target", "_parent");
        }
        return browser.submit(idTokenForm);
    }

    @Test
    @DisplayName("the home page's leader button leads to a verified resource-link launch of the leader")
    void leaderLaunch() throws Exception {
        HttpResponse<String> home = browser.get(platform.homePage());
        assertThat(home.body()).contains("name=\"as\" value=\"1001\"", "Launch as leader");

        HttpResponse<String> launched = launchFromHomePage("as=1001&resource_link=301");

        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(200);
        assertThat(launched.body()).isEqualTo("Launched as 1001");
        ToolUnderTest.Launch launch = tool.lastLaunch();
        assertThat(launch.token().getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(launch.token().getHeader().getKeyID()).isEqualTo(platform.keyId());
        assertThat(launch.token().getHeader().getType()).isEqualTo(JOSEObjectType.JWT);

        JWTClaimsSet claims = launch.claims();
        assertThat(claims.getIssuer()).isEqualTo(platform.issuer().toString());
        assertThat(claims.getAudience()).containsExactly(DevPlatformConfig.DEFAULT_CLIENT_ID);
        assertThat(launch.token().getPayload().toJSONObject().get("aud")).isEqualTo(DevPlatformConfig.DEFAULT_CLIENT_ID);
        assertThat(claims.getStringClaim("azp")).isEqualTo(DevPlatformConfig.DEFAULT_CLIENT_ID);
        assertThat(claims.getSubject()).isEqualTo("1001");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
                .isEqualTo(Duration.ofMinutes(3).toMillis());
        assertThat(claims.getStringClaim(LTI + "message_type")).isEqualTo("LtiResourceLinkRequest");
        assertThat(claims.getStringClaim(LTI + "version")).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim(LTI + "deployment_id")).isEqualTo("1");
        assertThat(claims.getStringClaim(LTI + "target_link_uri")).isEqualTo(tool.launchUrl().toString());
        assertThat(claims.getStringListClaim(LTI + "roles")).containsExactly(MEMBERSHIP + "#Instructor");
        assertThat(claims.getJSONObjectClaim(LTI + "resource_link")).containsEntry("id", "301")
                .containsEntry("title", "Balint group: Tuesday evenings").containsKey("description");
        assertThat(claims.getJSONObjectClaim(LTI + "context")).containsEntry("id", "201")
                .containsEntry("label", "BAL-FM-2027S")
                .containsEntry("title", "Balint group for family physicians, spring 2027")
                .containsEntry("type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"));
        assertThat(claims.getStringClaim("name")).isEqualTo("Mira Okafor");
        assertThat(claims.getStringClaim("given_name")).isEqualTo("Mira");
        assertThat(claims.getStringClaim("family_name")).isEqualTo("Okafor");
        assertThat(claims.getStringClaim("email")).isEqualTo("mira.okafor@example.org");
        assertThat(claims.getJSONObjectClaim(LTI + "launch_presentation"))
                .containsEntry("document_target", "iframe")
                .containsEntry("return_url", platform.baseUrl() + "/return?course=201&resource_link=301");
        assertThat(claims.getJSONObjectClaim(LTI + "tool_platform"))
                .containsEntry("product_family_code", "balint-dev-platform").containsKeys("guid", "name", "version");
        assertThat(claims.getJSONObjectClaim(LTI + "lis")).containsEntry("person_sourcedid", "1001");
        assertThat(claims.getClaim(LTI + "resource_link")).isNotNull();
        assertThat(claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings")).isNull();
    }

    @Test
    @DisplayName("the service claims name AGS and NRPS endpoints of this platform for the course")
    void serviceClaims() throws Exception {
        launchFromHomePage("as=1001&resource_link=303");

        JWTClaimsSet claims = tool.lastLaunch().claims();
        Map<String, Object> ags = claims.getJSONObjectClaim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint");
        assertThat(ags.get("scope")).isEqualTo(List.of(
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
                "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score"));
        assertThat(ags.get("lineitems")).isEqualTo(platform.baseUrl() + "/contexts/202/lineitems");
        Map<String, Object> nrps = claims.getJSONObjectClaim(
                "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice");
        assertThat(nrps.get("context_memberships_url")).isEqualTo(platform.baseUrl() + "/contexts/202/memberships");
        assertThat(nrps.get("service_versions")).isEqualTo(List.of("2.0"));
    }

    @Test
    @DisplayName("the member button leads to a launch of a learner with the member's name and e-mail")
    void memberLaunch() throws Exception {
        HttpResponse<String> home = browser.get(platform.homePage());
        assertThat(home.body()).contains("name=\"as\" value=\"1002\"", "Launch as member");

        HttpResponse<String> launched = launchFromHomePage("as=1002&resource_link=302");

        assertThat(launched.statusCode()).isEqualTo(200);
        JWTClaimsSet claims = tool.lastLaunch().claims();
        assertThat(claims.getSubject()).isEqualTo("1002");
        assertThat(claims.getStringListClaim(LTI + "roles")).containsExactly(MEMBERSHIP + "#Learner");
        assertThat(claims.getStringClaim("name")).isEqualTo("Sam Rivera");
        assertThat(claims.getStringClaim("email")).isEqualTo("sam.rivera@example.org");
        assertThat(claims.getJSONObjectClaim(LTI + "resource_link")).containsEntry("id", "302");
        assertThat(claims.getJSONObjectClaim(LTI + "context")).containsEntry("id", "201");
    }

    @Test
    @DisplayName("a teaching assistant carries the sub-role with its principal role, an administrator the admin roles")
    void assistantAndAdministrator() throws Exception {
        launchFromHomePage("person=1007&resource_link=301");
        assertThat(tool.lastLaunch().claims().getStringListClaim(LTI + "roles")).containsExactly(
                MEMBERSHIP + "/Instructor#TeachingAssistant", MEMBERSHIP + "#Instructor");

        launchFromHomePage("person=1008&resource_link=301");
        assertThat(tool.lastLaunch().claims().getStringListClaim(LTI + "roles")).containsExactly(
                "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator",
                "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                MEMBERSHIP + "#Administrator");
    }

    @Test
    @DisplayName("the quick button wins over the person chosen in the list")
    void quickButtonWins() throws Exception {
        launchFromHomePage("resource_link=301&person=1008&as=1003");

        assertThat(tool.lastLaunch().claims().getSubject()).isEqualTo("1003");
    }

    @Test
    @DisplayName("the login initiation carries every third-party login parameter, storage target included")
    void loginInitiationParameters() throws Exception {
        launchFromHomePage("as=1001&resource_link=301");

        Map<String, String> login = tool.logins().get(tool.logins().size() - 1);
        assertThat(login).containsOnlyKeys("iss", "target_link_uri", "login_hint", "lti_message_hint", "client_id",
                "lti_deployment_id", "lti_storage_target");
        assertThat(login).containsEntry("iss", platform.issuer().toString())
                .containsEntry("login_hint", "1001")
                .containsEntry("target_link_uri", tool.launchUrl().toString())
                .containsEntry("client_id", DevPlatformConfig.DEFAULT_CLIENT_ID)
                .containsEntry("lti_deployment_id", DevPlatformConfig.DEFAULT_DEPLOYMENT_ID)
                .containsEntry("lti_storage_target", "_parent");
        assertThat(login.get("lti_message_hint")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(tool.loginMethods().get(tool.loginMethods().size() - 1)).isEqualTo("POST");
    }

    @Test
    @DisplayName("simulating blocked cookies, the id_token reaches the tool through the relay on the other loopback name")
    void blockedCookiesGoThroughTheRelay() throws Exception {
        HttpResponse<String> loginPage = browser.post(platform.baseUrl().resolve("/launch"),
                "as=1002&resource_link=301&block_cookies=yes");
        HttpResponse<String> toAuth = browser.submit(AutoSubmitForm.parse(loginPage.body()).orElseThrow());
        AutoSubmitForm toRelay = AutoSubmitForm.parse(browser.get(Browser.location(toAuth)).body()).orElseThrow();

        String otherHost = "127.0.0.1".equals(tool.launchUrl().getHost()) ? "localhost" : "127.0.0.1";
        assertThat(toRelay.action()).isEqualTo(URI.create("http://" + otherHost + ":" + platform.baseUrl().getPort()
                + "/launch/relay"));
        assertThat(toRelay.fields()).containsEntry("redirect_uri", tool.launchUrl().toString())
                .containsEntry("lti_storage_target", "_parent").containsKeys("id_token", "state");

        HttpResponse<String> relayed = browser.submit(toRelay);
        assertThat(relayed.statusCode()).as(relayed.body()).isEqualTo(200);
        AutoSubmitForm toTool = AutoSubmitForm.parse(relayed.body()).orElseThrow();
        assertThat(toTool.action()).isEqualTo(tool.launchUrl());
        assertThat(toTool.fields()).containsOnlyKeys("id_token", "state", "lti_storage_target")
                .containsEntry("id_token", toRelay.field("id_token").orElseThrow());
        assertThat(relayed.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("form-action 'self' " + tool.base().toString().replaceAll("/$", "")));
        assertThat(browser.submit(toTool).statusCode()).isEqualTo(200);
        assertThat(tool.lastLaunch().claims().getSubject()).isEqualTo("1002");
    }

    @Test
    @DisplayName("the relay posts only to a redirect URI registered for the tool")
    void relayRefusesOtherAddresses() throws Exception {
        HttpResponse<String> refused = browser.post(platform.baseUrl().resolve("/launch/relay"),
                "redirect_uri=" + java.net.URLEncoder.encode("https://attacker.example/collect",
                        java.nio.charset.StandardCharsets.UTF_8) + "&id_token=x.y.z");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("redirect-uri-not-registered").doesNotContain("attacker.example/collect\"");
        assertThat(browser.get(platform.baseUrl().resolve("/launch/relay")).statusCode()).isEqualTo(405);
    }

    @Test
    @DisplayName("without platform storage the login initiation has no lti_storage_target")
    void withoutStorage() throws Exception {
        launchFromHomePage("as=1001&resource_link=301&no_storage=yes");

        assertThat(tool.logins().get(tool.logins().size() - 1)).doesNotContainKey("lti_storage_target");
    }

    @Test
    @DisplayName("a GET login initiation redirects the browser to the tool's login URL with the parameters")
    void getLoginInitiation() throws Exception {
        HttpResponse<String> redirect = browser.post(platform.baseUrl().resolve("/launch"),
                "as=1002&resource_link=301&login=get");
        assertThat(redirect.statusCode()).isEqualTo(302);
        URI login = Browser.location(redirect);
        assertThat(login.getPath()).isEqualTo("/lti/login");
        assertThat(login.getQuery()).contains("login_hint=1002", "lti_deployment_id=1");

        HttpResponse<String> toAuth = browser.get(login);
        HttpResponse<String> authPage = browser.get(Browser.location(toAuth));
        HttpResponse<String> launched = browser.submit(AutoSubmitForm.parse(authPage.body()).orElseThrow());

        assertThat(launched.body()).isEqualTo("Launched as 1002");
        assertThat(tool.loginMethods().get(tool.loginMethods().size() - 1)).isEqualTo("GET");
    }

    @Test
    @DisplayName("names and e-mail are sent only when shared")
    void withheldPersonalData() throws Exception {
        launchFromHomePage("as=1003&resource_link=301&withhold_name=yes&withhold_email=yes");
        JWTClaimsSet anonymous = tool.lastLaunch().claims();
        assertThat(anonymous.getClaims()).doesNotContainKeys("name", "given_name", "family_name", "email");
        assertThat(anonymous.getJSONObjectClaim(LTI + "custom")).containsEntry("email", "$Person.email.primary");

        launchFromHomePage("as=1003&resource_link=301&withhold_email=yes");
        assertThat(tool.lastLaunch().claims().getClaims()).containsKeys("name", "given_name", "family_name")
                .doesNotContainKey("email");

        launchFromHomePage("person=1006&resource_link=301");
        assertThat(tool.lastLaunch().claims().getClaims()).containsKey("name").doesNotContainKey("email");
    }

    @Test
    @DisplayName("custom parameters are sent with known substitution variables filled in and the link's own added")
    void customParameters() throws Exception {
        launchFromHomePage("as=1004&resource_link=303");

        Map<String, Object> custom = tool.lastLaunch().claims().getJSONObjectClaim(LTI + "custom");
        assertThat(custom).containsEntry("user", "1004")
                .containsEntry("course_title", "Balint group for nurse practitioners & psychologists")
                .containsEntry("email", "tomas.alvarez@example.org")
                .containsEntry("unknown", "$Not.a.variable")
                .containsEntry("plain", "value")
                .containsEntry("series", "monthly");
        assertThat(tool.lastLaunch().claims().getStringClaim("name")).isEqualTo("Tomás Álvarez");
    }

    @Test
    @DisplayName("a launch in a new window says so in launch_presentation")
    void windowLaunch() throws Exception {
        launchFromHomePage("as=1001&resource_link=301&target=window");

        assertThat(tool.lastLaunch().claims().getJSONObjectClaim(LTI + "launch_presentation"))
                .containsEntry("document_target", "window");
    }

    @Test
    @DisplayName("a deep-linking request goes to the deep-linking URL with its settings and no resource link")
    void deepLinking() throws Exception {
        launchFromHomePage("as=1001&resource_link=303&message=deep-linking");

        JWTClaimsSet claims = tool.lastLaunch().claims();
        assertThat(claims.getStringClaim(LTI + "message_type")).isEqualTo("LtiDeepLinkingRequest");
        assertThat(claims.getClaim(LTI + "resource_link")).isNull();
        assertThat(claims.getJSONObjectClaim(LTI + "context")).containsEntry("id", "202");
        Map<String, Object> settings = claims.getJSONObjectClaim(
                "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings");
        assertThat(settings).containsEntry("deep_link_return_url", platform.baseUrl() + "/deep-link-return")
                .containsEntry("accept_types", List.of("ltiResourceLink"))
                .containsEntry("accept_presentation_document_targets", List.of("iframe", "window"))
                .containsEntry("accept_multiple", false)
                .containsEntry("accept_lineitem", true)
                .containsKey("data");
        assertThat((String) settings.get("data")).isNotBlank();
        assertThat(claims.getJSONObjectClaim(LTI + "launch_presentation"))
                .containsEntry("return_url", platform.baseUrl() + "/return?course=202");
    }

    @Test
    @DisplayName("a launch started from code can be carried to the tool like the home page's")
    void launchFromCode() throws Exception {
        LaunchStart start = platform.beginLaunch(LaunchRequest.deepLinking("1001", "201")
                .openingIn(LaunchRequest.Target.WINDOW));

        assertThat(start).isInstanceOf(LaunchStart.Started.class);
        LoginInitiation initiation = ((LaunchStart.Started) start).initiation();
        assertThat(initiation.toolLoginUrl()).isEqualTo(tool.loginUrl());
        HttpResponse<String> toAuth = browser.post(initiation.toolLoginUrl(), initiation.formBody());
        HttpResponse<String> authPage = browser.get(Browser.location(toAuth));
        HttpResponse<String> launched = browser.submit(AutoSubmitForm.parse(authPage.body()).orElseThrow());

        assertThat(launched.body()).isEqualTo("Launched as 1001");
        assertThat(tool.lastLaunch().claims().getStringClaim(LTI + "message_type")).isEqualTo("LtiDeepLinkingRequest");
    }

    @Test
    @DisplayName("the tool's state comes back unchanged, and hostile state is escaped in the form")
    void stateIsEscaped() throws Exception {
        LoginInitiation initiation = ((LaunchStart.Started) platform.beginLaunch(
                LaunchRequest.resourceLink("1002", "301"))).initiation();
        String hostileState = "\"><script>alert('x')</script>&amp;";
        String auth = "scope=openid&response_type=id_token&response_mode=form_post&prompt=none"
                + "&client_id=" + DevPlatformConfig.DEFAULT_CLIENT_ID
                + "&redirect_uri=" + java.net.URLEncoder.encode(tool.launchUrl().toString(), "UTF-8")
                + "&login_hint=1002&nonce=n-1&lti_message_hint=" + initiation.messageHint()
                + "&state=" + java.net.URLEncoder.encode(hostileState, "UTF-8");

        HttpResponse<String> page = browser.post(platform.authorizationEndpoint(), auth);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert").contains("&quot;&gt;&lt;script&gt;");
        assertThat(AutoSubmitForm.parse(page.body()).orElseThrow().field("state")).contains(hostileState);
    }
}
