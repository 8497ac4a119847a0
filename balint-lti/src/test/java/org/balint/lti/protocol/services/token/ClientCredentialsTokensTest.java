package org.balint.lti.protocol.services.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.support.Fixtures;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.protocol.support.StubHttpServer;
import org.balint.lti.protocol.support.StubHttpServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientCredentialsTokensTest {

    private static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    private static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    private static final String MEMBERSHIP = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T22:48:19Z"));
    private final ToolKeyRing keys = ToolKeyRing.generate(clock, Duration.ofHours(1));
    private final StubHttpServer server = StubHttpServer.start();
    private final AtomicInteger issued = new AtomicInteger();

    @AfterEach
    void stop() {
        server.close();
    }

    private PlatformRegistration moodle() {
        return new PlatformRegistration(server.origin(), "2ABqdqmSjYFK1oP", server.url("/mod/lti/auth.php"),
                server.url("/mod/lti/token.php"), server.url("/mod/lti/certs.php"), Set.of("1"));
    }

    private ClientCredentialsTokens tokens() {
        return tokens(AssertionAudience.tokenEndpoint());
    }

    private ClientCredentialsTokens tokens(AssertionAudience audience) {
        return new ClientCredentialsTokens(new ServiceHttp(HttpClient.newHttpClient(), Duration.ofSeconds(2), 64 * 1024),
                keys, audience, clock, TokenSettings.defaults());
    }

    private void answerLikeMoodle() {
        server.on("POST", "/mod/lti/token.php", request -> Reply.json(200,
                "{\"access_token\":\"token-" + issued.incrementAndGet() + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).forEach(pair ->
                form.put(URLDecoder.decode(pair[0], StandardCharsets.UTF_8), URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        return form;
    }

    @Test
    void asks_with_a_private_key_jwt_assertion_signed_by_the_tool_key() throws Exception {
        answerLikeMoodle();

        AccessToken token = tokens().token(moodle(), Set.of(SCORE, LINEITEM));

        assertThat(token.value()).isEqualTo("token-1");
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
        Map<String, String> form = form(server.requests().get(0).body());
        assertThat(form).containsEntry("grant_type", "client_credentials")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .containsEntry("scope", LINEITEM + " " + SCORE);
        SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
        assertThat(assertion.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(assertion.getHeader().getKeyID()).isEqualTo(keys.signingKey().getKeyID());
        assertThat(assertion.verify(new RSASSAVerifier(keys.signingKey().toRSAPublicKey()))).isTrue();
        JWTClaimsSet claims = assertion.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("2ABqdqmSjYFK1oP");
        assertThat(claims.getSubject()).isEqualTo("2ABqdqmSjYFK1oP");
        assertThat(claims.getAudience()).containsExactly(moodle().tokenEndpoint().toString());
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(clock.instant());
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(clock.instant().plusSeconds(300));
        assertThat(claims.getJWTID()).isNotBlank();
    }

    @Test
    void the_assertion_carries_exactly_the_claims_moodle_and_canvas_accept() throws Exception {
        answerLikeMoodle();
        tokens().token(moodle(), Set.of(MEMBERSHIP));

        Map<String, String> form = form(server.requests().get(0).body());
        Map<String, Object> sent = SignedJWT.parse(form.get("client_assertion")).getJWTClaimsSet().toJSONObject();
        Map<String, Object> moodleCapture = Fixtures.json("moodle-4.5/08-nrps-token-request-response.json");
        Map<String, Object> canvasCapture = Fixtures.json("canvas/13-token-client-credentials.json");
        assertThat(sent.keySet())
                .isEqualTo(Fixtures.object(Fixtures.object(moodleCapture, "request"), "assertionClaims").keySet())
                .isEqualTo(Fixtures.object(canvasCapture, "client_assertion_claims").keySet());
        assertThat(form.get("scope")).isEqualTo(Fixtures.object(moodleCapture, "request").get("scope"));
        assertThat(form.keySet()).isEqualTo(Fixtures.object(Fixtures.object(canvasCapture, "request"), "params").keySet());
    }

    @Test
    void every_assertion_has_its_own_jti() throws Exception {
        answerLikeMoodle();
        ClientCredentialsTokens tokens = tokens();
        tokens.token(moodle(), Set.of(SCORE));
        tokens.token(moodle(), Set.of(MEMBERSHIP));

        List<String> jtis = new ArrayList<>();
        for (StubHttpServer.Recorded request : server.requests()) {
            jtis.add(SignedJWT.parse(form(request.body()).get("client_assertion")).getJWTClaimsSet().getJWTID());
        }
        assertThat(jtis).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void uses_the_configured_audience_when_the_platform_names_one() throws Exception {
        answerLikeMoodle();
        tokens(AssertionAudience.configured(Map.of(moodle().issuer(), "https://canvas.instructure.com/login/oauth2/token")))
                .token(moodle(), Set.of(SCORE));

        SignedJWT assertion = SignedJWT.parse(form(server.requests().get(0).body()).get("client_assertion"));
        assertThat(assertion.getJWTClaimsSet().getAudience()).containsExactly("https://canvas.instructure.com/login/oauth2/token");
    }

    @Test
    void reads_moodles_captured_token_response() {
        Map<String, Object> capture = Fixtures.json("moodle-4.5/06-ags-token-request-response.json");
        server.on("POST", "/mod/lti/token.php", Reply.json(200, (String) capture.get("body")));

        AccessToken token = tokens().token(moodle(), Set.of(SCORE, LINEITEM));

        assertThat(token.value()).isEqualTo("26d83c07d8f7be199a87ccb7e2e81438");
        assertThat(token.scopes()).contains(SCORE, LINEITEM, "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly");
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
        assertThat(token.authorization()).isEqualTo("Bearer 26d83c07d8f7be199a87ccb7e2e81438");
        assertThat(token.toString()).doesNotContain("26d83c07d8f7be199a87ccb7e2e81438");
    }

    @Test
    void reuses_a_token_for_the_same_platform_and_scope_set_in_any_order() {
        answerLikeMoodle();
        ClientCredentialsTokens tokens = tokens();

        AccessToken first = tokens.token(moodle(), Set.of(SCORE, LINEITEM));
        AccessToken second = tokens.token(moodle(), new java.util.LinkedHashSet<>(List.of(LINEITEM, SCORE)));

        assertThat(second).isEqualTo(first);
        assertThat(tokens.tokenRequests()).isEqualTo(1);
    }

    @Test
    void asks_again_for_another_scope_set() {
        answerLikeMoodle();
        ClientCredentialsTokens tokens = tokens();

        AccessToken grades = tokens.token(moodle(), Set.of(SCORE));
        AccessToken roster = tokens.token(moodle(), Set.of(MEMBERSHIP));

        assertThat(roster.value()).isNotEqualTo(grades.value());
        assertThat(tokens.tokenRequests()).isEqualTo(2);
    }

    @Test
    void replaces_a_token_shortly_before_it_expires() {
        answerLikeMoodle();
        ClientCredentialsTokens tokens = tokens();
        AccessToken first = tokens.token(moodle(), Set.of(SCORE));

        clock.advance(Duration.ofSeconds(3600 - 61));
        assertThat(tokens.token(moodle(), Set.of(SCORE))).isEqualTo(first);

        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token(moodle(), Set.of(SCORE)).value()).isEqualTo("token-2");
        assertThat(tokens.tokenRequests()).isEqualTo(2);
    }

    @Test
    void asks_again_after_a_token_is_invalidated() {
        answerLikeMoodle();
        ClientCredentialsTokens tokens = tokens();
        tokens.token(moodle(), Set.of(SCORE));

        tokens.invalidate(moodle(), Set.of(SCORE));

        assertThat(tokens.token(moodle(), Set.of(SCORE)).value()).isEqualTo("token-2");
    }

    @Test
    void concurrent_callers_share_one_request() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.on("POST", "/mod/lti/token.php", request -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.json(200, "{\"access_token\":\"shared-" + issued.incrementAndGet()
                    + "\",\"token_type\":\"bearer\",\"expires_in\":3600}");
        });
        ClientCredentialsTokens tokens = tokens();
        ExecutorService callers = Executors.newFixedThreadPool(12);
        try {
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(callers.submit(() -> tokens.token(moodle(), Set.of(SCORE))));
            }
            waitUntilRequested();
            Thread.sleep(200);
            release.countDown();
            for (Future<AccessToken> result : results) {
                assertThat(result.get(5, TimeUnit.SECONDS).value()).isEqualTo("shared-1");
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(tokens.tokenRequests()).isEqualTo(1);
        assertThat(server.requests()).hasSize(1);
    }

    private void waitUntilRequested() throws InterruptedException {
        for (int i = 0; i < 100 && server.requests().isEmpty(); i++) {
            Thread.sleep(20);
        }
    }

    @Test
    void concurrent_callers_share_a_failure_and_the_next_call_tries_again() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.on("POST", "/mod/lti/token.php", request -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.json(400, "{\"error\":\"invalid_client\"}");
        });
        ClientCredentialsTokens tokens = tokens();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(callers.submit(() -> tokens.token(moodle(), Set.of(SCORE))));
            }
            waitUntilRequested();
            Thread.sleep(200);
            release.countDown();
            for (Future<AccessToken> result : results) {
                assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(TokenRequestFailed.class);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(tokens.tokenRequests()).isEqualTo(1);

        answerLikeMoodle();
        assertThat(tokens.token(moodle(), Set.of(SCORE)).value()).isEqualTo("token-1");
        assertThat(tokens.tokenRequests()).isEqualTo(2);
    }

    @Test
    void reports_the_platforms_oauth_error() {
        server.on("POST", "/mod/lti/token.php", Reply.json(400,
                "{\"error\":\"invalid_scope\",\"error_description\":\"The scope lineitem is not enabled for this tool\"}"));

        assertThatThrownBy(() -> tokens().token(moodle(), Set.of(LINEITEM)))
                .isInstanceOfSatisfying(TokenRequestFailed.class, failure -> {
                    assertThat(failure.code()).isEqualTo("token-endpoint-refused");
                    assertThat(failure.problem().isTransient()).isFalse();
                    assertThat(failure.httpStatus()).contains(400);
                    assertThat(failure.platformError()).contains("invalid_scope");
                    assertThat(failure.platformDescription()).contains("The scope lineitem is not enabled for this tool");
                    assertThat(failure.getMessage()).contains("invalid_scope");
                });
    }

    @Test
    void a_refusal_without_oauth_json_still_has_its_status() {
        server.on("POST", "/mod/lti/token.php", Reply.of(401, "text/html", "<h1>Unauthorized</h1>"));

        assertThatThrownBy(() -> tokens().token(moodle(), Set.of(SCORE)))
                .isInstanceOfSatisfying(TokenRequestFailed.class, failure -> {
                    assertThat(failure.code()).isEqualTo("token-endpoint-refused");
                    assertThat(failure.httpStatus()).contains(401);
                    assertThat(failure.platformError()).isEmpty();
                });
    }

    @Test
    void a_server_error_or_a_busy_endpoint_is_transient() {
        for (int status : new int[] {503, 500, 429}) {
            server.on("POST", "/mod/lti/token.php", Reply.of(status, "text/plain", "maintenance"));

            assertThatThrownBy(() -> tokens().token(moodle(), Set.of(SCORE)))
                    .as("HTTP %d", status)
                    .isInstanceOfSatisfying(TokenRequestFailed.class, failure -> {
                        assertThat(failure.code()).isEqualTo("token-endpoint-unreachable");
                        assertThat(failure.problem().isTransient()).isTrue();
                    });
        }
    }

    @Test
    void an_endpoint_nobody_listens_on_is_unreachable() {
        URI closed;
        try (StubHttpServer gone = StubHttpServer.start()) {
            closed = gone.url("/token");
        }
        PlatformRegistration platform = new PlatformRegistration("https://gone.example", "c", closed, closed, closed, Set.of("1"));

        assertThatThrownBy(() -> tokens().token(platform, Set.of(SCORE)))
                .isInstanceOfSatisfying(TokenRequestFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("token-endpoint-unreachable"));
    }

    @Test
    void a_slow_endpoint_times_out_as_unreachable() {
        server.on("POST", "/mod/lti/token.php", request -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.json(200, "{}");
        });

        assertThatThrownBy(() -> tokens().token(moodle(), Set.of(SCORE)))
                .isInstanceOfSatisfying(TokenRequestFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("token-endpoint-unreachable"));
    }

    @Test
    void refuses_answers_that_are_not_bearer_token_responses() {
        for (String body : List.of("not json", "[]", "{\"token_type\":\"Bearer\"}",
                "{\"access_token\":\"t\",\"token_type\":\"mac\"}", "{\"access_token\":\"t\"}",
                "{\"access_token\":42,\"token_type\":\"Bearer\"}",
                "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":\"3600\"}",
                "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":-5}")) {
            server.on("POST", "/mod/lti/token.php", Reply.json(200, body));

            assertThatThrownBy(() -> tokens().token(moodle(), Set.of(SCORE)))
                    .as(body)
                    .isInstanceOfSatisfying(TokenRequestFailed.class,
                            failure -> assertThat(failure.code()).isEqualTo("token-response-malformed"));
        }
    }

    @Test
    void assumes_a_short_lifetime_when_the_platform_states_none() {
        server.on("POST", "/mod/lti/token.php", Reply.json(200, "{\"access_token\":\"t\",\"token_type\":\"Bearer\"}"));

        assertThat(tokens().token(moodle(), Set.of(SCORE)).expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
    }
}
