package org.balint.lti.tool.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Which platforms may register the tool")
class AllowedIssuersTest {

    private static AllowedIssuers read(String value) {
        Map<String, String> properties = Map.of(AllowedIssuers.PROPERTY, value);
        return AllowedIssuers.read(name -> Optional.ofNullable(properties.get(name)));
    }

    @Test
    @DisplayName("unset or blank allows any platform, and says so")
    void emptyAllowsAny() {
        assertThat(AllowedIssuers.read(name -> Optional.empty()).allowsAny()).isTrue();
        assertThat(read(" , ").allowsAny()).isTrue();
        assertThat(read("").allows(URI.create("https://anything.example.com/x"))).isTrue();
        assertThat(read("").toString()).isEqualTo("any platform");
    }

    @Test
    @DisplayName("listed origins are compared by scheme, host and port, ignoring case, default ports and paths")
    void originsCompared() {
        AllowedIssuers allowed = read("https://Moodle.Example.edu, https://canvas.instructure.com:443/ ,http://127.0.0.1:9180");

        assertThat(allowed.origins()).containsExactlyInAnyOrder("https://moodle.example.edu",
                "https://canvas.instructure.com", "http://127.0.0.1:9180");
        assertThat(allowed.allows(URI.create("https://moodle.example.edu/moodle/mod/lti/openid-configuration.php"))).isTrue();
        assertThat(allowed.allows(URI.create("https://MOODLE.example.edu:443"))).isTrue();
        assertThat(allowed.allows(URI.create("https://canvas.instructure.com/api/lti/security/openid-configuration"))).isTrue();
        assertThat(allowed.allows(URI.create("http://127.0.0.1:9180/.well-known/openid-configuration"))).isTrue();

        assertThat(allowed.allows(URI.create("http://moodle.example.edu"))).isFalse();
        assertThat(allowed.allows(URI.create("https://moodle.example.edu:8443"))).isFalse();
        assertThat(allowed.allows(URI.create("https://moodle.example.edu.evil.example"))).isFalse();
        assertThat(allowed.allows(URI.create("http://127.0.0.1:9181"))).isFalse();
        assertThat(allowed.allows(URI.create("mailto:someone@moodle.example.edu"))).isFalse();
    }

    @Test
    @DisplayName("a value that is not an origin stops the tool, naming every such value")
    void notOriginsRefused() {
        assertThatThrownBy(() -> read("https://moodle.example.edu/moodle, moodle.example.edu, ftp://x.example, https://a.example?x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("balint.registration.allowed-issuers")
                .hasMessageContaining("https://moodle.example.edu/moodle")
                .hasMessageContaining("moodle.example.edu,")
                .hasMessageContaining("ftp://x.example")
                .hasMessageContaining("https://a.example?x");
    }
}
