package org.balint.lti.protocol.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.balint.lti.protocol.support.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Registration presets follow Moodle's and Canvas's endpoint conventions")
class PlatformPresetsTest {

    @Test
    @DisplayName("a Moodle registration matches Moodle's own OpenID configuration")
    void moodleMatchesItsOpenIdConfiguration() {
        Map<String, Object> config = Fixtures.json("moodle-4.5/16-platform-openid-configuration.json");

        PlatformRegistration moodle = PlatformPresets.moodle(URI.create("http://127.0.0.1:8800/"), "2ABqdqmSjYFK1oP", Set.of("1"));

        assertThat(moodle.issuer()).isEqualTo(config.get("issuer"));
        assertThat(moodle.authorizationEndpoint()).hasToString((String) config.get("authorization_endpoint"));
        assertThat(moodle.tokenEndpoint()).hasToString((String) config.get("token_endpoint"));
        assertThat(moodle.jwksUri()).hasToString((String) config.get("jwks_uri"));
    }

    @Test
    @DisplayName("a Moodle in a sub-directory keeps the sub-directory in its issuer and endpoints")
    void moodleInSubDirectory() {
        PlatformRegistration moodle = PlatformPresets.moodle(URI.create("https://uni.example.edu/moodle"), "c", Set.of("3"));

        assertThat(moodle.issuer()).isEqualTo("https://uni.example.edu/moodle");
        assertThat(moodle.authorizationEndpoint()).hasToString("https://uni.example.edu/moodle/mod/lti/auth.php");
    }

    @ParameterizedTest
    @EnumSource(CanvasEnvironment.class)
    @DisplayName("a Canvas registration uses the environment's issuer and its sso host for auth, keys and tokens")
    void canvasEnvironments(CanvasEnvironment environment) {
        String name = environment == CanvasEnvironment.PRODUCTION ? "production" : environment.name().toLowerCase(java.util.Locale.ROOT);
        Map<String, Object> expected = Fixtures.object(Fixtures.object(Fixtures.json("canvas/20-endpoints.json"), "environments"), name);

        PlatformRegistration canvas = PlatformPresets.canvas(environment, "10000000000042", Set.of("12:abc"));

        assertThat(canvas.issuer()).isEqualTo(expected.get("issuer"));
        assertThat(canvas.authorizationEndpoint()).hasToString((String) expected.get("oidc_auth_endpoint"));
        assertThat(canvas.jwksUri()).hasToString((String) expected.get("jwks_uri"));
        assertThat(canvas.tokenEndpoint()).hasToString((String) expected.get("token_endpoint"));
        assertThat(environment.platformStorageOrigin()).hasToString((String) expected.get("platform_storage_target_origin"));
    }

    @Test
    @DisplayName("a self-hosted Canvas keeps its configured issuer and serves endpoints itself")
    void selfHostedCanvas() {
        PlatformRegistration canvas = PlatformPresets.canvasSelfHosted("https://canvas.instructure.com",
                URI.create("https://canvas.school.edu"), "10000000000001", Set.of("1:x"));

        assertThat(canvas.issuer()).isEqualTo("https://canvas.instructure.com");
        assertThat(canvas.authorizationEndpoint()).hasToString("https://canvas.school.edu/api/lti/authorize_redirect");
        assertThat(canvas.jwksUri()).hasToString("https://canvas.school.edu/api/lti/security/jwks");
        assertThat(canvas.tokenEndpoint()).hasToString("https://canvas.school.edu/login/oauth2/token");
    }

    @Test
    @DisplayName("a registration needs absolute endpoints and at least one deployment")
    void invariants() {
        assertThatThrownBy(() -> PlatformPresets.moodle(URI.create("/moodle"), "c", Set.of("1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlatformPresets.moodle(URI.create("https://m.example.edu"), "c", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the registry finds by issuer and client_id, and lists every client_id of a shared issuer")
    void registryLookups() {
        InMemoryPlatformRegistry registry = new InMemoryPlatformRegistry();
        registry.register(PlatformPresets.canvas(CanvasEnvironment.PRODUCTION, "2", Set.of("d")));
        registry.register(PlatformPresets.canvas(CanvasEnvironment.PRODUCTION, "1", Set.of("d")));
        registry.register(PlatformPresets.canvas(CanvasEnvironment.BETA, "1", Set.of("d")));

        assertThat(registry.find(CanvasEnvironment.PRODUCTION.issuer(), "1")).isPresent();
        assertThat(registry.find(CanvasEnvironment.PRODUCTION.issuer(), "3")).isEmpty();
        assertThat(registry.findByIssuer(CanvasEnvironment.PRODUCTION.issuer()))
                .extracting(PlatformRegistration::clientId).containsExactly("1", "2");
        assertThat(registry.remove(CanvasEnvironment.BETA.issuer(), "1")).isTrue();
        assertThat(registry.all()).hasSize(2);
    }
}
