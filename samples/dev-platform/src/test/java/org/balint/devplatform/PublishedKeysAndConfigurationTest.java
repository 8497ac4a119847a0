package org.balint.devplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The platform publishes its key and its OpenID configuration")
class PublishedKeysAndConfigurationTest {

    private static DevPlatform platform;
    private final Browser browser = new Browser();

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = DevPlatform.start(DevPlatformConfig.defaults().withJwksMaxAge(Duration.ofMinutes(10)));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("the JWKS holds one public RSA 2048 signing key with kid, cacheable for the configured time")
    void jwksShape() throws Exception {
        HttpResponse<String> response = browser.get(platform.jwksUri());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=600");
        JWKSet keys = JWKSet.parse(response.body());
        assertThat(keys.getKeys()).hasSize(1);
        RSAKey key = (RSAKey) keys.getKeys().get(0);
        assertThat(key.getKeyID()).isEqualTo(platform.keyId()).isNotBlank();
        assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(key.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(key.size()).isEqualTo(2048);
        assertThat(key.isPrivate()).isFalse();
        Map<String, Object> json = JSONObjectUtils.parse(response.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> only = ((List<Map<String, Object>>) json.get("keys")).get(0);
        assertThat(only).containsOnlyKeys("kty", "e", "n", "use", "kid", "alg");
    }

    @Test
    @DisplayName("HEAD on the JWKS answers the headers without a body")
    void jwksHead() throws Exception {
        HttpResponse<String> head = browser.send(HttpRequest.newBuilder(platform.jwksUri())
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Cache-Control")).contains("public, max-age=600");
        assertThat(head.body()).isEmpty();
    }

    @Test
    @DisplayName("the OpenID configuration has the fields of Moodle's and points at this platform's endpoints")
    void openIdConfiguration() throws Exception {
        HttpResponse<String> response = browser.get(platform.openIdConfigurationUri());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        Map<String, Object> configuration = JSONObjectUtils.parse(response.body());
        assertThat(configuration).containsOnlyKeys("issuer", "token_endpoint", "token_endpoint_auth_methods_supported",
                "token_endpoint_auth_signing_alg_values_supported", "jwks_uri", "authorization_endpoint",
                "registration_endpoint", "scopes_supported", "response_types_supported", "subject_types_supported",
                "id_token_signing_alg_values_supported", "claims_supported",
                "https://purl.imsglobal.org/spec/lti-platform-configuration");
        String base = platform.baseUrl().toString();
        assertThat(configuration).containsEntry("issuer", base)
                .containsEntry("authorization_endpoint", base + "/auth")
                .containsEntry("jwks_uri", base + "/.well-known/jwks.json")
                .containsEntry("token_endpoint", base + "/token")
                .containsEntry("registration_endpoint", base + "/register")
                .containsEntry("token_endpoint_auth_methods_supported", List.of("private_key_jwt"))
                .containsEntry("token_endpoint_auth_signing_alg_values_supported", List.of("RS256"))
                .containsEntry("id_token_signing_alg_values_supported", List.of("RS256"))
                .containsEntry("response_types_supported", List.of("id_token"));
        assertThat(JSONObjectUtils.getStringList(configuration, "scopes_supported")).contains("openid",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
        assertThat(JSONObjectUtils.getStringList(configuration, "claims_supported"))
                .contains("sub", "iss", "name", "given_name", "family_name", "email");
        Map<String, Object> lti = JSONObjectUtils.getJSONObject(configuration,
                "https://purl.imsglobal.org/spec/lti-platform-configuration");
        assertThat(lti).containsEntry("product_family_code", "balint-dev-platform").containsKeys("version", "variables");
        assertThat(lti.get("messages_supported")).isEqualTo(List.of(
                Map.of("type", "LtiResourceLinkRequest"),
                Map.of("type", "LtiDeepLinkingRequest", "placements", List.of("ContentArea"))));
        assertThat(JSONObjectUtils.getStringList(lti, "variables")).contains("User.id", "Context.id",
                "ResourceLink.id", "Person.email.primary");
        assertThat(browser.get(URI.create((String) configuration.get("jwks_uri"))).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("a configured issuer is used in the OpenID configuration, the login initiation and the id_token")
    void configuredIssuer() throws Exception {
        try (DevPlatform named = DevPlatform.start(DevPlatformConfig.defaults()
                .withIssuer(URI.create("https://lms.example.edu")))) {
            Map<String, Object> configuration = JSONObjectUtils.parse(
                    browser.get(named.openIdConfigurationUri()).body());
            assertThat(configuration).containsEntry("issuer", "https://lms.example.edu")
                    .containsEntry("jwks_uri", named.baseUrl() + "/.well-known/jwks.json");
            LoginInitiation initiation = ((LaunchStart.Started) named.beginLaunch(
                    LaunchRequest.resourceLink("1001", "301"))).initiation();
            assertThat(initiation.parameters()).containsEntry("iss", "https://lms.example.edu");
            assertThat(named.issuer()).isEqualTo(URI.create("https://lms.example.edu"));
        }
    }

    @Test
    @DisplayName("every platform started without a key file signs with a key of its own")
    void separateKeys() throws Exception {
        try (DevPlatform other = DevPlatform.start(DevPlatformConfig.defaults())) {
            assertThat(other.keyId()).isNotEqualTo(platform.keyId());
            LoginInitiation initiation = ((LaunchStart.Started) other.beginLaunch(
                    LaunchRequest.resourceLink("1001", "301"))).initiation();
            String auth = "scope=openid&response_type=id_token&response_mode=form_post&prompt=none"
                    + "&client_id=balint-dev-tool&redirect_uri=http%3A%2F%2Flocalhost%3A9080%2Flti%2Flaunch"
                    + "&login_hint=1001&nonce=n&lti_message_hint=" + initiation.messageHint();
            String page = browser.post(other.authorizationEndpoint(), auth).body();
            SignedJWT token = SignedJWT.parse(AutoSubmitForm.parse(page).orElseThrow().field("id_token").orElseThrow());

            assertThat(token.verify(new RSASSAVerifier(other.publicKeys().getKeys().get(0).toRSAKey()))).isTrue();
            assertThat(token.verify(new RSASSAVerifier(platform.publicKeys().getKeys().get(0).toRSAKey()))).isFalse();
        }
    }

    @Test
    @DisplayName("the platform listens on the loopback address only")
    void loopbackOnly() {
        assertThat(platform.baseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(platform.baseUrl().getPort()).isPositive();
    }

    @Test
    @DisplayName("a closed platform no longer answers")
    void closing() throws Exception {
        DevPlatform shortLived = DevPlatform.start(DevPlatformConfig.defaults());
        URI jwks = shortLived.jwksUri();
        assertThat(browser.get(jwks).statusCode()).isEqualTo(200);

        shortLived.close();

        assertThatThrownBy(() -> browser.get(jwks)).isInstanceOf(java.io.IOException.class);
    }
}
