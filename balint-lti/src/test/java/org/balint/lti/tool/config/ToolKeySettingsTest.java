package org.balint.lti.tool.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.support.TestDataSources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The tool's key settings")
class ToolKeySettingsTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef-production";

    private static Function<String, Optional<String>> properties(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    @Test
    void a_local_http_tool_without_a_secret_runs_with_the_development_secret() {
        for (String url : new String[] {"http://localhost:9080", "http://127.0.0.1:9080", "http://[::1]:9080"}) {
            ToolKeySettings settings = ToolKeySettings.read(properties(Map.of()), URI.create(url));

            assertThat(settings.secret()).isEqualTo(ToolKeySettings.DEV_SECRET);
            assertThat(settings.devSecret()).isTrue();
            assertThat(settings.rotationPeriod()).isEqualTo(Duration.ofDays(90));
        }
    }

    @Test
    void any_other_tool_url_requires_a_secret() {
        for (String url : new String[] {"https://localhost:9443", "http://balint.example.org", "https://balint.example.org",
                "http://10.0.0.5:9080", "http://abc:9080"}) {
            assertThatThrownBy(() -> ToolKeySettings.read(properties(Map.of()), URI.create(url)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("balint.keys.secret is required when the tool is served at " + url);
        }
    }

    @Test
    void refuses_the_development_secret_and_short_secrets_for_a_public_tool() {
        URI publicUrl = URI.create("https://balint.example.org");

        assertThatThrownBy(() -> ToolKeySettings.read(properties(Map.of("balint.keys.secret", ToolKeySettings.DEV_SECRET)),
                publicUrl)).hasMessageContaining("published development secret");
        assertThatThrownBy(() -> ToolKeySettings.read(properties(Map.of("balint.keys.secret", "short")), publicUrl))
                .hasMessageContaining("at least 32 characters; it has 5");
        ToolKeySettings settings = ToolKeySettings.read(properties(Map.of("balint.keys.secret", SECRET,
                "balint.keys.rotation-period", "P30D")), publicUrl);
        assertThat(settings.devSecret()).isFalse();
        assertThat(settings.rotationPeriod()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.toString()).doesNotContain(SECRET);
    }

    @Test
    void names_every_unusable_rotation_period() {
        URI local = URI.create("http://localhost:9080");

        assertThatThrownBy(() -> ToolKeySettings.read(properties(Map.of("balint.keys.rotation-period", "PT2H")), local))
                .hasMessageContaining("at least one day");
        assertThatThrownBy(() -> ToolKeySettings.read(properties(Map.of("balint.keys.rotation-period", "90 days")), local))
                .hasMessageContaining("ISO-8601 duration such as P90D; it is '90 days'");
    }

    @Test
    void refuses_to_start_when_the_stored_keys_were_encrypted_under_another_secret() {
        DataSource database = TestDataSources.fresh("startsecret");
        Clock clock = Clock.fixed(Instant.parse("2027-01-04T09:00:00Z"), ZoneOffset.UTC);
        ToolKeySettings first = new ToolKeySettings(SECRET, false, Duration.ofDays(90));
        ToolKeyRing ring = ToolComponents.openKeyRing(database, clock, first);
        ToolKeySettings other = new ToolKeySettings(ToolKeySettings.DEV_SECRET, true, Duration.ofDays(90));

        assertThatThrownBy(() -> ToolComponents.openKeyRing(database, clock, other))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The tool cannot start")
                .hasMessageContaining(ring.signingKey().getKeyID())
                .hasMessageContaining("another balint.keys.secret")
                .hasMessageContaining("development secret");
        assertThat(ToolComponents.openKeyRing(database, clock, first).signingKey()).isEqualTo(ring.signingKey());
    }
}
