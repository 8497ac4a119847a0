package org.balint.devplatform;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plays the tool's server side in the tests: client assertions, token requests and JSON service calls. */
final class ServiceCalls {

    static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    static final String LINE_ITEM_READ_ONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    static final String RESULT_READ_ONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    static final String MEMBERSHIP = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final DevPlatform platform;
    private final ToolUnderTest tool;

    ServiceCalls(DevPlatform platform, ToolUnderTest tool) {
        this.platform = platform;
        this.tool = tool;
    }

    /** Assertion claims as Moodle's token endpoint expects them: iss = sub = client_id, aud = token URL. */
    JWTClaimsSet.Builder assertionClaims(String clientId) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(clientId).subject(clientId)
                .audience(platform.tokenEndpoint().toString()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300))).jwtID(UUID.randomUUID().toString());
    }

    HttpResponse<String> requestToken(String assertion, String scope) throws IOException, InterruptedException {
        return postForm(platform.tokenEndpoint(), Map.of(
                "grant_type", "client_credentials",
                "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion", assertion,
                "scope", scope));
    }

    /** A granted access token for the configured tool. */
    String token(String... scopes) throws Exception {
        HttpResponse<String> response = requestToken(
                tool.sign(assertionClaims(DevPlatformConfig.DEFAULT_CLIENT_ID).build()), String.join(" ", scopes));
        if (response.statusCode() != 200) {
            throw new AssertionError("No token: " + response.statusCode() + " " + response.body());
        }
        return (String) json(response).get("access_token");
    }

    HttpResponse<String> postForm(URI uri, Map<String, String> form) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(URI uri, String token) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, URI uri, String token, String contentType, String body)
            throws IOException, InterruptedException {
        return send(method, uri, token, contentType, body, Duration.ofSeconds(10));
    }

    HttpResponse<String> send(String method, URI uri, String token, String contentType, String body,
            Duration timeout) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, Object> json(HttpResponse<String> response) throws ParseException {
        return JSONObjectUtils.parse(response.body());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> jsonArray(HttpResponse<String> response) throws ParseException {
        return (List<Map<String, Object>>) JSONObjectUtils.parse("{\"a\":" + response.body() + "}").get("a");
    }

    static String toJson(Map<String, ?> object) {
        return JSONObjectUtils.toJSONString(object);
    }
}
