package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static it.org.balint.lti.PageForms.encode;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.PlainObject;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.balint.devplatform.AutoSubmitForm;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.LaunchRequest;
import org.balint.devplatform.LaunchStart;
import org.balint.lti.protocol.support.TestKeys;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and malformed launches sent over HTTP to the tool on Open Liberty. Each starts from a genuine
 * login of its own browser (state, nonce and login cookie from the tool, a genuine id_token from the
 * dev platform), sends the hostile request once asking for HTML and once asking for JSON, and checks
 * the status, the reason code, that the page shows no markup from the request, and that nothing was
 * stored: the genuine launch of the same login still succeeds afterwards, so the state was not
 * consumed and the nonce not marked used.
 */
@DisplayName("Hostile launches sent to the tool on Open Liberty")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileLaunchesOverHttpIT {

    /** The packaged tool, deployed on node 1 for this class. */
    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final RSAKey ATTACKER_KEY = TestKeys.rsaKey("attacker-key");

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

    /** Sends one hostile request for a genuine login, asking for the given media type. */
    @FunctionalInterface
    interface Attack {
        HttpResponse<String> send(Genuine genuine, String accept) throws Exception;
    }

    /**
     * A login this test's browser started, and the genuine id_token the platform issued for it.
     *
     * @param browser the browser that holds the login cookie
     * @param form    the platform's genuine launch form (id_token, state)
     * @param state   the login's state
     * @param nonce   the login's nonce
     */
    record Genuine(Browser browser, AutoSubmitForm form, String state, String nonce) {

        String idToken() {
            return form.field("id_token").orElseThrow();
        }

        /** The genuine id_token's claims, as a fresh modifiable map. */
        Map<String, Object> claims() throws Exception {
            return JWSObject.parse(idToken()).getPayload().toJSONObject();
        }

        /** The genuine claims with one claim replaced. */
        Map<String, Object> with(String name, Object value) throws Exception {
            Map<String, Object> claims = claims();
            claims.put(name, value);
            return claims;
        }

        /** The genuine claims without one claim. */
        Map<String, Object> without(String name) throws Exception {
            Map<String, Object> claims = claims();
            claims.remove(name);
            return claims;
        }

        /** Posts a launch form body from this browser (with its login cookie). */
        HttpResponse<String> post(String body, String accept) throws Exception {
            return browser.post(launchUrl(), body, "Accept", accept);
        }

        /** Posts an id_token with this login's state, from this browser. */
        HttpResponse<String> launch(String idToken, String accept) throws Exception {
            return post("id_token=" + encode(idToken) + "&state=" + encode(state), accept);
        }

        /** Claims signed by the platform's own key, then launched with this login's state. */
        HttpResponse<String> launchSigned(Map<String, Object> claims, String accept) throws Exception {
            return launch(platform.signPayload(JSONObjectUtils.toJSONString(claims)), accept);
        }

        /** The login cookie this browser holds for its state, as a Cookie header value. */
        String cookie() {
            return browser.setCookieHeaders().stream().filter(h -> h.startsWith("balint-lti-login-" + state + "="))
                    .findFirst().orElseThrow().split(";", 2)[0];
        }
    }

    /** A fresh browser's genuine login, up to the platform's id_token form (not yet sent to the tool). */
    private static Genuine genuineLogin() throws Exception {
        Browser browser = new Browser();
        LaunchStart start = platform.beginLaunch(LaunchRequest.resourceLink("1002", "301").offeringPlatformStorage(false));
        assertThat(start).isInstanceOf(LaunchStart.Started.class);
        var initiation = ((LaunchStart.Started) start).initiation();
        HttpResponse<String> toAuth = browser.post(initiation.toolLoginUrl(), initiation.formBody());
        assertThat(toAuth.statusCode()).as(toAuth.body()).isEqualTo(302);
        URI auth = Browser.location(toAuth);
        Map<String, String> query = query(auth);
        HttpResponse<String> authPage = browser.get(auth);
        AutoSubmitForm form = AutoSubmitForm.parse(authPage.body()).orElseThrow();
        assertThat(form.field("state")).hasValue(query.get("state"));
        return new Genuine(browser, form, query.get("state"), query.get("nonce"));
    }

    /** A genuine login of another browser, completed by its launch. */
    private static Genuine completedLogin() throws Exception {
        Genuine other = genuineLogin();
        HttpResponse<String> accepted = other.browser().submit(other.form());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        return other;
    }

    @ParameterizedTest(name = "{0} is refused with {1} {2}")
    @MethodSource("attacks")
    @DisplayName("a hostile launch is refused with its status and reason code, shows no markup, and stores nothing")
    void refused(String description, int status, String code, Attack attack) throws Exception {
        Genuine genuine = genuineLogin();

        HttpResponse<String> page = attack.send(genuine, "text/html");
        assertThat(page.statusCode()).as(description + ": " + page.body()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'none'; style-src 'unsafe-inline'");
        assertThat(page.body()).contains("<code>" + code + "</code>", "(HTTP " + status + ")")
                .doesNotContain("<script", "<img", "has not set up", "Set up this Balint group");

        HttpResponse<String> json = attack.send(genuine, "application/json");
        assertThat(json.statusCode()).as(description + ": " + json.body()).isEqualTo(status);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        Map<String, Object> problem = JSONObjectUtils.parse(json.body());
        assertThat(problem).containsOnlyKeys("code", "status", "message")
                .containsEntry("code", code).containsEntry("status", (long) status);
        assertThat((String) problem.get("message")).isNotBlank();

        HttpResponse<String> afterwards = genuine.browser().submit(genuine.form());
        assertThat(afterwards.statusCode()).as("the genuine launch after: " + description + ": " + afterwards.body())
                .isEqualTo(200);
        assertThat(afterwards.body()).contains("Your leader has not set up this group yet");
    }

    static Stream<Arguments> attacks() {
        long now = Instant.now().getEpochSecond();
        return Stream.of(
                // the request's shape
                attack("no id_token", 400, "id-token-missing", (g, a) -> g.post("state=" + encode(g.state()), a)),
                attack("no state", 400, "state-missing", (g, a) -> g.post("id_token=" + encode(g.idToken()), a)),
                attack("an oversized token", 400, "token-too-large",
                        (g, a) -> g.launchSigned(g.with("https://example.org/padding", "x".repeat(40_000)), a)),
                attack("a form of two megabytes", 400, "token-too-large",
                        (g, a) -> g.launch(g.idToken() + "A".repeat(2_000_000), a)),
                attack("a token truncated in the middle", 400, "token-malformed",
                        (g, a) -> g.launch(g.idToken().substring(0, g.idToken().length() / 2), a)),
                attack("a token without its signature part", 400, "token-malformed",
                        (g, a) -> g.launch(g.idToken().substring(0, g.idToken().lastIndexOf('.')), a)),
                attack("a token with characters outside base64url", 400, "token-malformed",
                        (g, a) -> g.launch(g.idToken().replaceFirst("\\.", ".*<"), a)),
                attack("claims that are not JSON", 400, "claims-malformed",
                        (g, a) -> g.launch(platform.signPayload("{\"iss\": \"unterminated"), a)),
                attack("claims that are a JSON array", 400, "claims-malformed",
                        (g, a) -> g.launch(platform.signPayload("[\"iss\", \"aud\"]"), a)),
                attack("an issuer that is a number", 400, "claims-malformed", (g, a) -> g.launchSigned(g.with("iss", 42), a)),
                // the header and the signature
                attack("an unsigned token (alg none)", 401, "token-unsigned",
                        (g, a) -> g.launch(new PlainObject(new PlainHeader(), new Payload(g.claims())).serialize(), a)),
                attack("HS256 signed with the platform's public key as the secret", 401, "algorithm-not-allowed",
                        (g, a) -> g.launch(TestKeys.sign(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(platform.keyId())
                                .build(), new MACSigner(platformPublicKey().toPublicKey().getEncoded()), g.claims()), a)),
                attack("RS512 instead of RS256", 401, "algorithm-not-allowed",
                        (g, a) -> g.launch(attackerSigned(new JWSHeader.Builder(JWSAlgorithm.RS512)
                                .keyID(platform.keyId()), g.claims()), a)),
                attack("a typ header of an access token", 401, "token-type-not-allowed",
                        (g, a) -> g.launch(attackerSigned(new JWSHeader.Builder(JWSAlgorithm.RS256)
                                .type(new JOSEObjectType("at+jwt")).keyID(platform.keyId()), g.claims()), a)),
                attack("a critical header parameter", 401, "critical-header-unsupported",
                        (g, a) -> g.launch(attackerSigned(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(platform.keyId())
                                .criticalParams(Set.of("https://example.org/must-understand"))
                                .customParam("https://example.org/must-understand", true), g.claims()), a)),
                attack("the attacker's key embedded in the header (jwk)", 401, "embedded-key-refused",
                        (g, a) -> g.launch(attackerSigned(new JWSHeader.Builder(JWSAlgorithm.RS256)
                                .keyID(ATTACKER_KEY.getKeyID()).jwk(ATTACKER_KEY.toPublicJWK()), g.claims()), a)),
                attack("a key-set URL of the attacker's in the header (jku)", 401, "embedded-key-refused",
                        (g, a) -> g.launch(attackerSigned(new JWSHeader.Builder(JWSAlgorithm.RS256)
                                .keyID(ATTACKER_KEY.getKeyID()).jwkURL(URI.create("https://attacker.example/jwks")),
                                g.claims()), a)),
                attack("a key id the platform never published", 401, "signing-key-unknown",
                        (g, a) -> g.launch(attackerSigned(new JWSHeader.Builder(JWSAlgorithm.RS256)
                                .type(JOSEObjectType.JWT).keyID("never-published"), g.claims()), a)),
                attack("the platform's key id with the attacker's key", 401, "signature-invalid",
                        (g, a) -> g.launch(attackerSigned(new JWSHeader.Builder(JWSAlgorithm.RS256)
                                .type(JOSEObjectType.JWT).keyID(platform.keyId()), g.claims()), a)),
                attack("claims altered after signing (learner made instructor)", 401, "signature-invalid",
                        (g, a) -> g.launch(withPayload(g.idToken(), g.with(LTI + "roles",
                                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"))), a)),
                // who issued it and for whom
                attack("no issuer", 401, "issuer-missing", (g, a) -> g.launchSigned(g.without("iss"), a)),
                attack("an issuer that is not registered, with markup in it", 401, "issuer-unknown",
                        (g, a) -> g.launchSigned(g.with("iss", "https://evil.example/<script>alert('iss')</script>"), a)),
                attack("no audience", 401, "audience-missing", (g, a) -> g.launchSigned(g.without("aud"), a)),
                attack("an audience without our client_id", 401, "client-unknown",
                        (g, a) -> g.launchSigned(g.with("aud", "another-tool"), a)),
                attack("several audiences and no azp", 401, "authorized-party-missing", (g, a) -> {
                    Map<String, Object> claims = g.with("aud", List.of("balint-dev-tool", "another-tool"));
                    claims.remove("azp");
                    return g.launchSigned(claims, a);
                }),
                attack("several audiences with an azp naming another client", 401, "client-unknown",
                        (g, a) -> {
                            Map<String, Object> claims = g.with("aud", List.of("balint-dev-tool", "another-tool"));
                            claims.put("azp", "another-tool");
                            return g.launchSigned(claims, a);
                        }),
                attack("several audiences, none ours, with azp ours", 401, "audience-mismatch",
                        (g, a) -> {
                            Map<String, Object> claims = g.with("aud", List.of("another-tool", "a-third-tool"));
                            claims.put("azp", "balint-dev-tool");
                            return g.launchSigned(claims, a);
                        }),
                // time
                attack("no expiry", 401, "expiry-missing", (g, a) -> g.launchSigned(g.without("exp"), a)),
                attack("an expired token", 401, "token-expired", (g, a) -> {
                    Map<String, Object> claims = g.with("exp", now - 300);
                    claims.put("iat", now - 900);
                    return g.launchSigned(claims, a);
                }),
                attack("no issue time", 401, "issued-at-missing", (g, a) -> g.launchSigned(g.without("iat"), a)),
                attack("issued ten minutes in the future", 401, "issued-in-future", (g, a) -> {
                    Map<String, Object> claims = g.with("iat", now + 600);
                    claims.put("exp", now + 900);
                    return g.launchSigned(claims, a);
                }),
                attack("not valid before an hour from now", 401, "token-not-yet-valid",
                        (g, a) -> g.launchSigned(g.with("nbf", now + 3600), a)),
                attack("a blank subject", 401, "subject-blank", (g, a) -> g.launchSigned(g.with("sub", "  "), a)),
                // nonce
                attack("no nonce", 401, "nonce-missing", (g, a) -> g.launchSigned(g.without("nonce"), a)),
                attack("a nonce this tool never sent", 403, "nonce-not-issued-for-login",
                        (g, a) -> g.launchSigned(g.with("nonce", "n0nce-0f-the-attackers-own-making"), a)),
                attack("an unused nonce issued to another browser's login", 403, "nonce-not-issued-for-login",
                        (g, a) -> g.launchSigned(g.with("nonce", genuineLogin().nonce()), a)),
                attack("a replayed nonce of a completed launch", 403, "nonce-replayed",
                        (g, a) -> g.launchSigned(g.with("nonce", completedLogin().nonce()), a)),
                // state and the browser binding
                attack("a state no login ever issued", 403, "state-unknown",
                        (g, a) -> g.post("id_token=" + encode(g.idToken()) + "&state=made-up-state", a)),
                attack("the state of a completed launch, with its cookie", 403, "state-reused", (g, a) -> {
                    Genuine done = completedLogin();
                    return done.browser().post(launchUrl(), "id_token=" + encode(g.idToken()) + "&state="
                            + encode(done.state()), "Accept", a, "Cookie", done.cookie());
                }),
                attack("no login cookie and no platform storage", 403, "browser-binding-missing",
                        (g, a) -> new Browser().post(launchUrl(), g.form().formBody(), "Accept", a)),
                attack("only the cookie of another login of the same browser", 403, "browser-binding-missing",
                        (g, a) -> {
                            Genuine other = genuineLogin();
                            return new Browser().post(launchUrl(), g.form().formBody(), "Accept", a,
                                    "Cookie", other.cookie());
                        }),
                attack("a cookie named for this state holding another login's secret", 403, "state-not-bound-to-browser",
                        (g, a) -> {
                            String otherSecret = genuineLogin().cookie().split("=", 2)[1];
                            return new Browser().post(launchUrl(), g.form().formBody(), "Accept", a,
                                    "Cookie", "balint-lti-login-" + g.state() + "=" + otherSecret);
                        }),
                attack("another browser's state with this browser's cookie", 403, "browser-binding-missing",
                        (g, a) -> {
                            Genuine other = genuineLogin();
                            return g.browser().post(launchUrl(), other.form().formBody(), "Accept", a);
                        }),
                // LTI claims
                attack("no LTI version", 422, "version-missing", (g, a) -> g.launchSigned(g.without(LTI + "version"), a)),
                attack("LTI version 1.1", 422, "version-unsupported", (g, a) -> g.launchSigned(g.with(LTI + "version", "1.1"), a)),
                attack("no message type", 422, "message-type-missing",
                        (g, a) -> g.launchSigned(g.without(LTI + "message_type"), a)),
                attack("a submission review message", 422, "message-type-unsupported",
                        (g, a) -> g.launchSigned(g.with(LTI + "message_type", "LtiSubmissionReviewRequest"), a)),
                attack("no deployment id", 422, "deployment-id-missing",
                        (g, a) -> g.launchSigned(g.without(LTI + "deployment_id"), a)),
                attack("a deployment that is not registered", 403, "deployment-unknown",
                        (g, a) -> g.launchSigned(g.with(LTI + "deployment_id", "99"), a)),
                attack("no target_link_uri", 422, "target-link-uri-missing",
                        (g, a) -> g.launchSigned(g.without(LTI + "target_link_uri"), a)),
                attack("a target_link_uri other than the login's", 403, "target-link-uri-mismatch",
                        (g, a) -> g.launchSigned(g.with(LTI + "target_link_uri",
                                ToolOnLiberty.node1().resolve("/lti/elsewhere").toString()), a)),
                attack("no resource link", 422, "resource-link-missing",
                        (g, a) -> g.launchSigned(g.without(LTI + "resource_link"), a)),
                attack("no roles claim", 422, "roles-missing", (g, a) -> g.launchSigned(g.without(LTI + "roles"), a)),
                attack("roles as a single string", 422, "claim-invalid",
                        (g, a) -> g.launchSigned(g.with(LTI + "roles",
                                "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"), a)),
                attack("a return URL with a javascript: scheme", 422, "claim-invalid",
                        (g, a) -> g.launchSigned(g.with(LTI + "launch_presentation",
                                Map.of("document_target", "iframe", "return_url", "javascript:alert(document.cookie)")), a)),
                attack("a deployment that is not registered, with markup in the titles", 403, "deployment-unknown",
                        (g, a) -> {
                            Map<String, Object> claims = g.with(LTI + "deployment_id", "<script>alert('deployment')</script>");
                            claims.put(LTI + "resource_link", Map.of("id", "301", "title", "<script>alert('title')</script>"));
                            claims.put("name", "<img src=x onerror=alert(1)>");
                            return g.launchSigned(claims, a);
                        }),
                // the HTTP edge
                attack("a GET of the launch address", 405, "method-not-allowed",
                        (g, a) -> g.browser().get(URI.create(launchUrl() + "?" + g.form().formBody()), "Accept", a)),
                attack("the launch as text/plain", 415, "content-type-unsupported",
                        (g, a) -> g.browser().send(launchUrl(), "POST", "text/plain", g.form().formBody(), "Accept", a)),
                attack("the launch as JSON", 415, "content-type-unsupported",
                        (g, a) -> g.browser().send(launchUrl(), "POST", "application/json",
                                "{\"id_token\":\"" + g.idToken() + "\",\"state\":\"" + g.state() + "\"}", "Accept", a)),
                attack("the id_token sent twice", 400, "parameter-repeated",
                        (g, a) -> g.post(g.form().formBody() + "&id_token=" + encode(g.idToken()), a)),
                attack("a repeated parameter whose name is markup", 400, "parameter-repeated",
                        (g, a) -> g.post(g.form().formBody() + "&" + encode("<script>alert('name')</script>") + "=1&"
                                + encode("<script>alert('name')</script>") + "=2", a)),
                attack("the platform-storage step posted from another site, with the right secret", 403,
                        "launch-not-from-tool",
                        (g, a) -> new Browser().post(storageStepUrl(), g.form().formBody() + "&browser_binding="
                                + encode(g.cookie().split("=", 2)[1]), "Accept", a, "Origin", "https://attacker.example",
                                "Sec-Fetch-Site", "cross-site")),
                attack("the platform-storage step from a sibling site claiming the tool's origin", 403,
                        "launch-not-from-tool",
                        (g, a) -> new Browser().post(storageStepUrl(), g.form().formBody() + "&browser_binding="
                                + encode(g.cookie().split("=", 2)[1]), "Accept", a, "Origin",
                                PlatformOrigin.of(ToolOnLiberty.node1()), "Sec-Fetch-Site", "same-site")),
                attack("the platform-storage step without an Origin, with the right secret", 403, "launch-not-from-tool",
                        (g, a) -> new Browser().post(storageStepUrl(), g.form().formBody() + "&browser_binding="
                                + encode(g.cookie().split("=", 2)[1]), "Accept", a)),
                attack("the platform-storage step from the tool's origin with a forged secret", 403,
                        "state-not-bound-to-browser",
                        (g, a) -> new Browser().post(storageStepUrl(), g.form().formBody() + "&browser_binding=forged",
                                "Accept", a, "Origin", PlatformOrigin.of(ToolOnLiberty.node1()))),
                attack("the platform-storage step from the tool's origin without a secret", 403, "browser-binding-missing",
                        (g, a) -> new Browser().post(storageStepUrl(), g.form().formBody(), "Accept", a,
                                "Origin", PlatformOrigin.of(ToolOnLiberty.node1()))));
    }

    @Test
    @DisplayName("markup in a well-signed launch's titles is shown escaped on the member's page")
    void scriptInTitles() throws Exception {
        Genuine genuine = genuineLogin();
        Map<String, Object> claims = genuine.with(LTI + "resource_link",
                Map.of("id", "301", "title", "</q><script>alert('title')</script>"));
        claims.put(LTI + "context", Map.of("id", "201", "title", "<img src=x onerror=alert('course')>"));
        claims.put("name", "<script>alert('name')</script>");

        HttpResponse<String> page = genuine.launchSigned(claims, "text/html");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Your leader has not set up this group yet",
                "&lt;/q&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;").doesNotContain("<script", "<img");
    }

    @Test
    @DisplayName("the hostile launches cover more than forty distinct cases")
    void manyDistinctCases() {
        assertThat(attacks().map(arguments -> arguments.get()[0]).distinct().count()).isGreaterThan(40);
    }

    private static Arguments attack(String description, int status, String code, Attack attack) {
        return Arguments.of(description, status, code, attack);
    }

    private static URI launchUrl() {
        return ToolOnLiberty.node1().resolve("/lti/launch");
    }

    private static URI storageStepUrl() {
        return ToolOnLiberty.node1().resolve("/lti/launch/platform-storage");
    }

    private static RSAKey platformPublicKey() {
        return platform.publicKeys().getKeys().get(0).toRSAKey();
    }

    private static String attackerSigned(JWSHeader.Builder header, Map<String, Object> claims) {
        return TestKeys.sign(header.build(), TestKeys.signer(ATTACKER_KEY), claims);
    }

    /** The token's header and signature with other claims in between. */
    private static String withPayload(String token, Map<String, Object> claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + Base64URL.encode(JSONObjectUtils.toJSONString(claims)) + "." + parts[2];
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    /** The origin of a URL as a browser sends it in the Origin header. */
    private static final class PlatformOrigin {
        private PlatformOrigin() {
        }

        static String of(URI uri) {
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        }
    }
}
