package org.balint.devplatform;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The deep-linking return places the tool's resource link in the course")
class TheDeepLinkingReturnTest {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

    private final Browser browser = new Browser();
    private ToolUnderTest tool;
    private DevPlatform platform;
    private ServiceCalls calls;

    @BeforeEach
    void start() throws Exception {
        tool = ToolUnderTest.start();
        platform = DevPlatform.start(DevPlatformConfig.forTool(tool.base()));
        tool.trust(platform);
        calls = new ServiceCalls(platform, tool);
    }

    @AfterEach
    void stop() {
        platform.close();
        tool.close();
    }

    /** Presses a button of the home page and plays the browser until the tool has the verified id_token. */
    private JWTClaimsSet launch(String formBody) throws Exception {
        HttpResponse<String> loginPage = browser.post(platform.baseUrl().resolve("/launch"), formBody);
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        HttpResponse<String> toAuth = browser.submit(AutoSubmitForm.parse(loginPage.body()).orElseThrow());
        HttpResponse<String> authPage = browser.get(Browser.location(toAuth));
        HttpResponse<String> launched = browser.submit(AutoSubmitForm.parse(authPage.body()).orElseThrow());
        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(200);
        return tool.lastLaunch().claims();
    }

    private JWTClaimsSet.Builder response(JWTClaimsSet request, List<Map<String, Object>> items) throws Exception {
        Instant now = Instant.now();
        Map<String, Object> settings = request.getJSONObjectClaim(DL + "deep_linking_settings");
        return new JWTClaimsSet.Builder()
                .issuer(DevPlatformConfig.DEFAULT_CLIENT_ID)
                .audience(platform.issuer().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LTI + "message_type", "LtiDeepLinkingResponse")
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", request.getStringClaim(LTI + "deployment_id"))
                .claim(DL + "data", settings.get("data"))
                .claim(DL + "content_items", items)
                .claim(DL + "msg", "Balint group created");
    }

    private static Map<String, Object> groupLink() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", "Balint group: Wednesday mornings");
        item.put("text", "Eight sessions of 90 minutes.");
        item.put("custom", Map.of("balint_group", "g-17"));
        item.put("lineItem", Map.of("scoreMaximum", 12, "label", "CE credit", "tag", "ce-credit",
                "resourceId", "g-17"));
        return item;
    }

    private HttpResponse<String> returnToPlatform(String jwt) throws Exception {
        return calls.postForm(platform.deepLinkReturnUrl(), Map.of("JWT", jwt));
    }

    @Test
    @DisplayName("the leader's deep-linking button sends the settings the return expects")
    void settings() throws Exception {
        assertThat(browser.get(platform.homePage()).body()).contains("name=\"add_group\" value=\"1001\"",
                "Add a Balint group (deep linking)", "Register a tool dynamically");

        JWTClaimsSet request = launch("add_group=1001&resource_link=301");

        assertThat(request.getStringClaim(LTI + "message_type")).isEqualTo("LtiDeepLinkingRequest");
        assertThat(request.getSubject()).isEqualTo("1001");
        assertThat(request.getJSONObjectClaim(DL + "deep_linking_settings"))
                .containsEntry("deep_link_return_url", platform.baseUrl() + "/deep-link-return")
                .containsEntry("accept_types", List.of("ltiResourceLink"))
                .containsEntry("accept_presentation_document_targets", List.of("iframe", "window"))
                .containsEntry("accept_multiple", false)
                .containsKey("data");
    }

    @Test
    @DisplayName("a signed response places the link with its custom parameters and line item, and later launches target it")
    void places() throws Exception {
        JWTClaimsSet request = launch("add_group=1001&resource_link=301");

        HttpResponse<String> page = returnToPlatform(tool.sign(response(request, List.of(groupLink())).build()));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Balint group: Wednesday mornings", "balint_group=g-17",
                "Balint group created", "/lineitem");
        ResourceLink placed = platform.course("201").orElseThrow().resourceLinks().get(2);
        assertThat(placed.title()).isEqualTo("Balint group: Wednesday mornings");
        assertThat(placed.custom()).containsEntry("balint_group", "g-17");
        Gradebook.LineItem item = platform.gradebook().lineItems("201").get(0);
        assertThat(item.label()).isEqualTo("CE credit");
        assertThat(item.scoreMaximum()).isEqualTo(12.0);
        assertThat(item.tag()).isEqualTo("ce-credit");
        assertThat(item.resourceLinkId()).contains(placed.id());

        JWTClaimsSet member = launch("as=1002&resource_link=" + placed.id());
        assertThat(member.getJSONObjectClaim(LTI + "resource_link")).containsEntry("id", placed.id());
        assertThat(member.getJSONObjectClaim(LTI + "custom")).containsEntry("balint_group", "g-17");
        assertThat(member.getJSONObjectClaim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"))
                .containsEntry("lineitem", platform.lineItemUrl("201", item.id()).toString());
        assertThat(browser.get(platform.homePage()).body()).contains("Balint group: Wednesday mornings");
    }

    @Test
    @DisplayName("a response without content items adds nothing and says so")
    void nothingChosen() throws Exception {
        JWTClaimsSet request = launch("add_group=1001&resource_link=301");

        HttpResponse<String> page = returnToPlatform(tool.sign(response(request, List.of()).build()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("nothing was added");
        assertThat(platform.course("201").orElseThrow().resourceLinks()).hasSize(2);
    }

    @Test
    @DisplayName("a response is accepted once")
    void once() throws Exception {
        JWTClaimsSet request = launch("add_group=1001&resource_link=301");
        String jwt = tool.sign(response(request, List.of(groupLink())).build());

        assertThat(returnToPlatform(jwt).statusCode()).isEqualTo(200);
        HttpResponse<String> again = returnToPlatform(jwt);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("nonce-replayed", "data-used");
        assertThat(platform.course("201").orElseThrow().resourceLinks()).hasSize(3);
    }

    @Test
    @DisplayName("broken responses are refused with a 400 page naming every reason, and place nothing")
    void refusals() throws Exception {
        JWTClaimsSet request = launch("add_group=1001&resource_link=301");

        assertRefused(tool.sign(response(request, List.of(groupLink())).audience("http://elsewhere").build()),
                "audience-mismatch");
        assertRefused(tool.sign(response(request, List.of(groupLink())).claim(LTI + "message_type",
                "LtiResourceLinkRequest").claim(LTI + "version", "1.1").build()), "message-type-wrong", "version-wrong");
        assertRefused(tool.sign(response(request, List.of(groupLink())).claim(LTI + "deployment_id", "7").build()),
                "deployment-id-mismatch");
        assertRefused(tool.sign(response(request, List.of(groupLink())).claim(DL + "data", "forged").build()),
                "data-unknown");
        assertRefused(tool.sign(response(request, List.of(groupLink())).claim("nonce", null).build()),
                "nonce-missing");
        assertRefused(tool.sign(response(request, List.of(groupLink(), groupLink())).build()),
                "multiple-items-not-accepted");
        assertRefused(tool.sign(response(request, List.of(Map.of("type", "file", "url", "http://localhost/x")))
                .build()), "content-item-type-not-accepted");
        assertRefused(tool.sign(response(request, List.of(Map.of("type", "ltiResourceLink",
                "url", "https://tool.example.com/launch"))).build()), "content-item-url-invalid");
        assertRefused(ToolUnderTest.sign(response(request, List.of(groupLink())).build(), ToolUnderTest.newKey()),
                "signature-invalid");
        assertRefused(tool.sign(response(request, List.of(groupLink())).issuer("stranger").build()), "client-unknown");
        assertRefused("not a jwt", "jwt-malformed");
        HttpResponse<String> empty = calls.postForm(platform.deepLinkReturnUrl(), Map.of("other", "x"));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("jwt-missing");

        assertThat(platform.course("201").orElseThrow().resourceLinks()).hasSize(2);
        assertThat(platform.gradebook().lineItems("201")).isEmpty();
        HttpResponse<String> stillGood = returnToPlatform(tool.sign(response(request, List.of(groupLink())).build()));
        assertThat(stillGood.statusCode()).as(stillGood.body()).isEqualTo(200);
    }

    private void assertRefused(String jwt, String... codes) throws Exception {
        HttpResponse<String> page = returnToPlatform(jwt);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains(codes).contains("Nothing was added");
    }
}
