package org.balint.devplatform;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The token endpoint grants client-credentials tokens for private_key_jwt assertions")
class TheTokenEndpointTest {

    private static ToolUnderTest tool;
    private static DevPlatform platform;
    private static ServiceCalls calls;

    @BeforeAll
    static void start() throws Exception {
        tool = ToolUnderTest.start();
        platform = DevPlatform.start(DevPlatformConfig.forTool(tool.base()));
        calls = new ServiceCalls(platform, tool);
    }

    @AfterAll
    static void stop() {
        platform.close();
        tool.close();
    }

    private static JWTClaimsSet.Builder claims() {
        return calls.assertionClaims(DevPlatformConfig.DEFAULT_CLIENT_ID);
    }

    @Test
    @DisplayName("a good assertion gets a Bearer token for an hour with the requested scopes, shaped like Moodle's")
    void grants() throws Exception {
        String scope = ServiceCalls.SCORE + " " + ServiceCalls.LINE_ITEM + " " + ServiceCalls.RESULT_READ_ONLY;

        HttpResponse<String> response = calls.requestToken(tool.sign(claims().build()), scope);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        Map<String, Object> token = ServiceCalls.json(response);
        Map<String, Object> moodle = Fixtures.object(
                (String) Fixtures.moodle("06-ags-token-request-response.json").get("body"));
        assertThat(token).containsOnlyKeys(moodle.keySet());
        assertThat(token).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600L)
                .containsEntry("scope", scope);
        assertThat((String) token.get("access_token")).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    @DisplayName("only scopes the tool is registered for are granted; none at all is invalid_scope")
    void scopes() throws Exception {
        HttpResponse<String> some = calls.requestToken(tool.sign(claims().build()),
                ServiceCalls.MEMBERSHIP + " https://purl.imsglobal.org/spec/lti-ts/scope/toolsetting");
        HttpResponse<String> none = calls.requestToken(tool.sign(claims().build()),
                "https://purl.imsglobal.org/spec/lti-ts/scope/toolsetting");

        assertThat(ServiceCalls.json(some)).containsEntry("scope", ServiceCalls.MEMBERSHIP);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(ServiceCalls.json(none)).containsEntry("error", "invalid_scope")
                .containsEntry("code", "scope-not-granted").containsEntry("status", 400L).containsKey("message");
    }

    @Test
    @DisplayName("a jti is accepted once")
    void replay() throws Exception {
        String assertion = tool.sign(claims().build());

        assertThat(calls.requestToken(assertion, ServiceCalls.SCORE).statusCode()).isEqualTo(200);
        HttpResponse<String> again = calls.requestToken(assertion, ServiceCalls.SCORE);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(ServiceCalls.json(again)).containsEntry("error", "invalid_grant")
                .containsEntry("code", "assertion-replayed");
    }

    @Test
    @DisplayName("an assertion for another audience, expired, or without jti is invalid_grant")
    void claimsChecked() throws Exception {
        Instant past = Instant.now().minusSeconds(600);
        assertRefused(claims().audience("http://127.0.0.1:1/token").build(), 400, "invalid_grant",
                "assertion-audience-mismatch");
        assertRefused(claims().issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(60))).build(),
                400, "invalid_grant", "assertion-expired");
        assertRefused(claims().jwtID(null).build(), 400, "invalid_grant", "assertion-jti-missing");
    }

    @Test
    @DisplayName("an unknown client, a sub that is not the client_id, or a foreign key is invalid_client with 401")
    void clientChecked() throws Exception {
        assertRefused(calls.assertionClaims("someone-else").build(), 401, "invalid_client", "client-unknown");
        assertRefused(claims().subject("1001").build(), 401, "invalid_client", "assertion-subject-mismatch");

        HttpResponse<String> foreign = calls.requestToken(
                ToolUnderTest.sign(claims().build(), ToolUnderTest.newKey()), ServiceCalls.SCORE);
        assertThat(foreign.statusCode()).isEqualTo(401);
        assertThat(ServiceCalls.json(foreign)).containsEntry("error", "invalid_client")
                .containsEntry("code", "signature-invalid");
    }

    @Test
    @DisplayName("another grant type is unsupported_grant_type; a missing assertion is invalid_request")
    void grantType() throws Exception {
        HttpResponse<String> password = calls.postForm(platform.tokenEndpoint(), Map.of("grant_type", "password",
                "username", "u", "password", "p"));
        HttpResponse<String> bare = calls.postForm(platform.tokenEndpoint(), Map.of("grant_type",
                "client_credentials", "scope", ServiceCalls.SCORE, "client_assertion_type",
                TokenEndpoint.JWT_BEARER));

        assertThat(password.statusCode()).isEqualTo(400);
        assertThat(ServiceCalls.json(password)).containsEntry("error", "unsupported_grant_type");
        assertThat(bare.statusCode()).isEqualTo(400);
        assertThat(ServiceCalls.json(bare)).containsEntry("error", "invalid_request")
                .containsEntry("code", "client-assertion-missing");
    }

    @Test
    @DisplayName("every token request is counted, and the tool's JWKS is fetched once and cached")
    void counted() throws Exception {
        long before = platform.tokenRequests();
        long grantedBefore = platform.tokensGranted();

        calls.token(ServiceCalls.SCORE);
        calls.token(ServiceCalls.SCORE);
        calls.requestToken("not-a-jwt", ServiceCalls.SCORE);

        assertThat(platform.tokenRequests() - before).isEqualTo(3);
        assertThat(platform.tokensGranted() - grantedBefore).isEqualTo(2);
        assertThat(tool.jwksFetches()).isEqualTo(1);
    }

    @Test
    @DisplayName("the token endpoint answers POST only")
    void postOnly() throws Exception {
        HttpResponse<String> get = new Browser().get(platform.tokenEndpoint());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(ServiceCalls.json(get)).containsEntry("code", "method-not-allowed");
    }

    private static void assertRefused(JWTClaimsSet claims, int status, String error, String code) throws Exception {
        HttpResponse<String> response = calls.requestToken(tool.sign(claims), ServiceCalls.SCORE);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(ServiceCalls.json(response)).containsEntry("error", error).containsEntry("code", code);
    }
}
