package org.balint.lti.tool.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading the tool's configuration")
class ReadingTheToolConfigurationTest {

    private static ToolConfiguration read(Map<String, String> properties) {
        return ToolConfiguration.read(name -> Optional.ofNullable(properties.get(name)));
    }

    @Test
    @DisplayName("with nothing configured the tool at localhost:9080 trusts the dev platform at 127.0.0.1:9180")
    void defaults() {
        ToolConfiguration configuration = read(Map.of());

        assertThat(configuration.launchUrl()).isEqualTo(URI.create("http://localhost:9080/lti/launch"));
        assertThat(configuration.loginUrl()).isEqualTo(URI.create("http://localhost:9080/lti/login"));
        assertThat(configuration.jwksUrl()).isEqualTo(URI.create("http://localhost:9080/lti/jwks"));
        assertThat(configuration.servedOverHttps()).isFalse();
        assertThat(configuration.registration().issuer()).isEqualTo("http://127.0.0.1:9180");
        assertThat(configuration.registration().clientId()).isEqualTo("balint-dev-tool");
        assertThat(configuration.registration().deploymentIds()).containsExactly("1");
        assertThat(configuration.registration().authorizationEndpoint()).isEqualTo(URI.create("http://localhost:9180/auth"));
        assertThat(configuration.registration().jwksUri())
                .isEqualTo(URI.create("http://127.0.0.1:9180/.well-known/jwks.json"));
    }

    @Test
    @DisplayName("a Moodle site with two deployments behind an https tool URL with a trailing slash")
    void moodle() {
        ToolConfiguration configuration = read(Map.of(
                "balint.lti.tool.url", "https://balint.example.org/",
                "balint.lti.platform.issuer", "https://moodle.example.edu",
                "balint.lti.platform.client-id", "2ABqdqmSjYFK1oP",
                "balint.lti.platform.deployment-ids", " 1, 7 ,",
                "balint.lti.platform.authorization-url", "https://moodle.example.edu/mod/lti/auth.php",
                "balint.lti.platform.token-url", "https://moodle.example.edu/mod/lti/token.php",
                "balint.lti.platform.jwks-url", "https://moodle.example.edu/mod/lti/certs.php"));

        assertThat(configuration.launchUrl()).isEqualTo(URI.create("https://balint.example.org/lti/launch"));
        assertThat(configuration.servedOverHttps()).isTrue();
        assertThat(configuration.registration().deploymentIds()).containsExactlyInAnyOrder("1", "7");
        assertThat(configuration.registration().clientId()).isEqualTo("2ABqdqmSjYFK1oP");
    }

    @Test
    @DisplayName("every unusable value is named at once, and the tool does not start")
    void everyProblemListed() {
        assertThatThrownBy(() -> read(Map.of(
                "balint.lti.tool.url", "https://balint.example.org/app",
                "balint.lti.platform.client-id", " ",
                "balint.lti.platform.deployment-ids", ",",
                "balint.lti.platform.jwks-url", "certs.php")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("4 problem(s)")
                .hasMessageContaining("balint.lti.tool.url must be a base URL without path")
                .hasMessageContaining("balint.lti.platform.client-id must not be blank")
                .hasMessageContaining("balint.lti.platform.deployment-ids must name at least one deployment")
                .hasMessageContaining("balint.lti.platform.jwks-url must be an absolute http(s) URL; it is 'certs.php'");
    }
}
