package org.balint.devplatform;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The authorization endpoint refuses requests Moodle's auth.php would refuse")
class TheAuthorizationEndpointRefusesBadRequestsTest {

    private static final URI TOOL = URI.create("http://localhost:9080");
    private static final String LAUNCH_URL = "http://localhost:9080/lti/launch";

    private static MutableClock clock;
    private static DevPlatform platform;
    private final Browser browser = new Browser();

    @BeforeAll
    static void startPlatform() throws Exception {
        clock = new MutableClock(Instant.parse("2027-03-02T18:00:00Z"));
        platform = DevPlatform.start(DevPlatformConfig.forTool(TOOL).withClock(clock)
                .withMessageHintLifetime(Duration.ofMinutes(2)));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** A launch of the given person and the authentication request a correct tool would send for it. */
    private static Map<String, String> validRequestForANewLaunch(String personId) {
        LoginInitiation initiation = ((LaunchStart.Started) platform.beginLaunch(
                LaunchRequest.resourceLink(personId, "301"))).initiation();
        Map<String, String> request = new LinkedHashMap<>();
        request.put("scope", "openid");
        request.put("response_type", "id_token");
        request.put("response_mode", "form_post");
        request.put("prompt", "none");
        request.put("client_id", initiation.parameters().get("client_id"));
        request.put("redirect_uri", LAUNCH_URL);
        request.put("login_hint", initiation.parameters().get("login_hint"));
        request.put("lti_message_hint", initiation.messageHint());
        request.put("state", "state-1");
        request.put("nonce", "nonce-1");
        return request;
    }

    private HttpResponse<String> authorize(Map<String, String> request) throws Exception {
        return browser.post(platform.authorizationEndpoint(), LoginInitiation.encode(request));
    }

    static Stream<Arguments> oneBrokenRule() {
        return Stream.of(
                broken("a scope other than openid", r -> r.put("scope", "openid profile"), "scope-not-openid"),
                broken("no scope", r -> r.remove("scope"), "scope-not-openid"),
                broken("response_type code", r -> r.put("response_type", "code"), "response-type-not-id-token"),
                broken("no response_type", r -> r.remove("response_type"), "response-type-not-id-token"),
                broken("response_mode query", r -> r.put("response_mode", "query"), "response-mode-not-form-post"),
                broken("no response_mode", r -> r.remove("response_mode"), "response-mode-not-form-post"),
                broken("prompt login", r -> r.put("prompt", "login"), "prompt-not-none"),
                broken("no prompt", r -> r.remove("prompt"), "prompt-not-none"),
                broken("an unknown client_id", r -> r.put("client_id", "someone-else"), "client-id-unknown"),
                broken("no client_id", r -> r.remove("client_id"), "client-id-missing"),
                broken("a redirect_uri with a trailing slash", r -> r.put("redirect_uri", LAUNCH_URL + "/"),
                        "redirect-uri-not-registered"),
                broken("a redirect_uri on 127.0.0.1 instead of localhost",
                        r -> r.put("redirect_uri", "http://127.0.0.1:9080/lti/launch"), "redirect-uri-not-registered"),
                broken("a redirect_uri with a query added", r -> r.put("redirect_uri", LAUNCH_URL + "?next=/admin"),
                        "redirect-uri-not-registered"),
                broken("a redirect_uri elsewhere", r -> r.put("redirect_uri", "https://attacker.example/steal"),
                        "redirect-uri-not-registered"),
                broken("no redirect_uri", r -> r.remove("redirect_uri"), "redirect-uri-missing"),
                broken("no nonce", r -> r.remove("nonce"), "nonce-missing"),
                broken("an empty nonce", r -> r.put("nonce", ""), "nonce-missing"),
                broken("the login_hint of someone else", r -> r.put("login_hint", "1008"), "login-hint-mismatch"),
                broken("no login_hint", r -> r.remove("login_hint"), "login-hint-missing"),
                broken("no lti_message_hint", r -> r.remove("lti_message_hint"), "message-hint-missing"),
                broken("an lti_message_hint the platform never issued",
                        r -> r.put("lti_message_hint", "bm90LWEtaGludC1vZi10aGlzLXBsYXRmb3JtLWF0LWFsbA"),
                        "message-hint-unknown"));
    }

    private static Arguments broken(String what, Consumer<Map<String, String>> change, String code) {
        return Arguments.of(what, change, code);
    }

    @ParameterizedTest(name = "{0} is refused with {2}")
    @MethodSource("oneBrokenRule")
    @DisplayName("a request breaking one rule is refused with that rule's reason and nothing issued")
    void oneRuleBroken(String what, Consumer<Map<String, String>> change, String code) throws Exception {
        Map<String, String> request = validRequestForANewLaunch("1002");
        change.accept(request);

        HttpResponse<String> answer = authorize(request);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(answer.body()).contains("<code>" + code + "</code>").doesNotContain("id_token\" value");
        assertThat(AutoSubmitForm.parse(answer.body())).isEmpty();
        assertThat(answer.body().split("<li>", -1)).as("exactly one reason listed").hasSize(2);
    }

    @Test
    @DisplayName("a refused request leaves the launch pending, so the corrected request succeeds")
    void refusalRedeemsNothing() throws Exception {
        Map<String, String> request = validRequestForANewLaunch("1003");
        Map<String, String> wrong = new LinkedHashMap<>(request);
        wrong.put("redirect_uri", LAUNCH_URL + "/");
        assertThat(authorize(wrong).statusCode()).isEqualTo(400);

        HttpResponse<String> answer = authorize(request);

        assertThat(answer.statusCode()).isEqualTo(200);
        AutoSubmitForm form = AutoSubmitForm.parse(answer.body()).orElseThrow();
        assertThat(form.action()).isEqualTo(URI.create(LAUNCH_URL));
        assertThat(form.field("id_token")).isPresent();
        assertThat(form.field("state")).contains("state-1");
    }

    @Test
    @DisplayName("the id_token's issue and expiry times come from the platform's clock")
    void tokenTimesFromClock() throws Exception {
        HttpResponse<String> answer = authorize(validRequestForANewLaunch("1002"));

        JWTClaimsSet claims = SignedJWT.parse(AutoSubmitForm.parse(answer.body()).orElseThrow()
                .field("id_token").orElseThrow()).getJWTClaimsSet();
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(clock.instant());
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(claims.getStringClaim("nonce")).isEqualTo("nonce-1");
    }

    @Test
    @DisplayName("an lti_message_hint is redeemed once; the second request is refused as used")
    void hintUsedTwice() throws Exception {
        Map<String, String> request = validRequestForANewLaunch("1002");
        assertThat(authorize(request).statusCode()).isEqualTo(200);

        HttpResponse<String> again = authorize(request);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("<code>message-hint-used</code>");
    }

    @Test
    @DisplayName("of eight tools racing to redeem one lti_message_hint, exactly one gets an id_token")
    void hintRace() throws Exception {
        Map<String, String> request = validRequestForANewLaunch("1004");
        ExecutorService racers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(racers.submit(() -> authorize(request).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }

            assertThat(statuses).containsOnly(200, 400).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            racers.shutdownNow();
        }
    }

    @Test
    @DisplayName("an lti_message_hint past its lifetime is refused as expired")
    void hintExpired() throws Exception {
        Map<String, String> request = validRequestForANewLaunch("1002");
        clock.advance(Duration.ofMinutes(2));
        try {
            HttpResponse<String> answer = authorize(request);

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("<code>message-hint-expired</code>");
        } finally {
            clock.advance(Duration.ofMinutes(-2));
        }
    }

    @Test
    @DisplayName("an lti_message_hint used just inside its lifetime still works")
    void hintJustInTime() throws Exception {
        Map<String, String> request = validRequestForANewLaunch("1002");
        clock.advance(Duration.ofMinutes(2).minusSeconds(1));
        try {
            assertThat(authorize(request).statusCode()).isEqualTo(200);
        } finally {
            clock.advance(Duration.ofMinutes(-2).plusSeconds(1));
        }
    }

    @Test
    @DisplayName("every broken rule of a request is listed, not only the first")
    void everyReasonListed() throws Exception {
        Map<String, String> request = validRequestForANewLaunch("1002");
        request.put("scope", "email");
        request.put("response_type", "token");
        request.remove("nonce");
        request.put("redirect_uri", "http://localhost:9080/elsewhere");
        request.put("login_hint", "1001");

        HttpResponse<String> answer = authorize(request);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("<code>scope-not-openid</code>", "<code>response-type-not-id-token</code>",
                "<code>nonce-missing</code>", "<code>redirect-uri-not-registered</code>",
                "<code>login-hint-mismatch</code>");
    }

    @Test
    @DisplayName("the authentication request may come as a GET with the parameters in the query")
    void getRequest() throws Exception {
        Map<String, String> request = validRequestForANewLaunch("1005");

        HttpResponse<String> answer = browser.get(URI.create(platform.authorizationEndpoint() + "?"
                + LoginInitiation.encode(request)));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(AutoSubmitForm.parse(answer.body()).orElseThrow().field("id_token")).isPresent();
    }

    @Test
    @DisplayName("a parameter sent twice is refused before anything is checked")
    void repeatedParameter() throws Exception {
        Map<String, String> request = validRequestForANewLaunch("1002");
        String body = LoginInitiation.encode(request) + "&redirect_uri=" + "https%3A%2F%2Fattacker.example%2F";

        HttpResponse<String> answer = browser.post(platform.authorizationEndpoint(), body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("<code>parameter-repeated</code>");
        assertThat(authorize(request).statusCode()).as("the launch is still pending").isEqualTo(200);
    }

    @Test
    @DisplayName("an oversized parameter and an oversized body are refused")
    void oversized() throws Exception {
        Map<String, String> request = validRequestForANewLaunch("1002");
        request.put("nonce", "n".repeat(Inbound.MAX_VALUE_CHARS + 1));
        HttpResponse<String> longNonce = authorize(request);
        assertThat(longNonce.statusCode()).isEqualTo(400);
        assertThat(longNonce.body()).contains("<code>parameter-too-long</code>");

        HttpResponse<String> hugeBody = browser.post(platform.authorizationEndpoint(),
                "state=" + "s".repeat(Inbound.MAX_BODY_BYTES + 1));
        assertThat(hugeBody.statusCode()).isEqualTo(413);
        assertThat(hugeBody.body()).contains("<code>request-too-large</code>");
    }

    @Test
    @DisplayName("a body that is not a form and a method other than GET or POST are refused")
    void wrongContentTypeAndMethod() throws Exception {
        HttpResponse<String> json = browser.send(HttpRequest.newBuilder(platform.authorizationEndpoint())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"scope\":\"openid\"}")).build());
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(json.body()).contains("<code>content-type-not-form</code>");

        HttpResponse<String> put = browser.send(HttpRequest.newBuilder(platform.authorizationEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString("scope=openid")).build());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).contains("GET, POST");
    }

    @Test
    @DisplayName("malformed percent-encoding is refused")
    void malformedEncoding() throws Exception {
        HttpResponse<String> answer = browser.post(platform.authorizationEndpoint(), "scope=%E0%A4%A&nonce=1");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("<code>parameter-malformed</code>");
    }
}
