package org.balint.launchload;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadSettingsTest {

    @Test
    void reads_every_option() {
        LoadSettings.Parsed parsed = LoadSettings.parse(List.of("--tool", "http://127.0.0.1:9081", "--users", "32",
                "--seconds", "25", "--warmup", "0", "--max-launches", "500", "--platform-port", "9181",
                "--expect-status", "200", "--expect-body", "Hello", "--json", "out.json"));

        assertThat(parsed.problems()).isEmpty();
        LoadSettings settings = parsed.settings().orElseThrow();
        assertThat(settings.tool()).isEqualTo(URI.create("http://127.0.0.1:9081"));
        assertThat(settings.loginUrl()).isEqualTo(URI.create("http://127.0.0.1:9081/lti/login"));
        assertThat(settings.users()).isEqualTo(32);
        assertThat(settings.measure()).isEqualTo(Duration.ofSeconds(25));
        assertThat(settings.warmup()).isZero();
        assertThat(settings.maxLaunches()).hasValue(500);
        assertThat(settings.platformPort()).isEqualTo(9181);
        assertThat(settings.expectBody()).isEqualTo("Hello");
        assertThat(settings.json()).contains(Path.of("out.json"));
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void without_options_launches_into_the_local_tool_through_the_default_platform_port() {
        LoadSettings settings = LoadSettings.parse(List.of()).settings().orElseThrow();

        assertThat(settings).isEqualTo(LoadSettings.defaults());
        assertThat(settings.tool()).isEqualTo(URI.create("http://localhost:9080"));
        assertThat(settings.platformPort()).isEqualTo(9180);
        assertThat(settings.json()).isEqualTo(Optional.empty());
    }

    @Test
    void refuses_a_tool_that_is_not_on_this_machine() {
        LoadSettings settings = LoadSettings.defaults().withTool(URI.create("http://192.168.1.20:9080"), 9180);

        assertThat(settings.problems()).singleElement().asString().contains("must be on this machine");
    }

    @Test
    void accepts_every_loopback_spelling() {
        assertThat(LoadSettings.isLoopback("localhost")).isTrue();
        assertThat(LoadSettings.isLoopback("127.0.0.1")).isTrue();
        assertThat(LoadSettings.isLoopback("127.1.2.3")).isTrue();
        assertThat(LoadSettings.isLoopback("[::1]")).isTrue();
        assertThat(LoadSettings.isLoopback("127.0.0.1.example.org")).isFalse();
        assertThat(LoadSettings.isLoopback("example.org")).isFalse();
    }

    @Test
    void keeps_every_run_bounded() {
        LoadSettings settings = LoadSettings.defaults().withUsers(0).withTimes(Duration.ofSeconds(601),
                Duration.ofSeconds(121)).withMaxLaunches(0);

        assertThat(settings.problems()).hasSize(4).anySatisfy(p -> assertThat(p).startsWith("--users"))
                .anySatisfy(p -> assertThat(p).startsWith("--seconds"))
                .anySatisfy(p -> assertThat(p).startsWith("--warmup"))
                .anySatisfy(p -> assertThat(p).startsWith("--max-launches"));
        assertThat(LoadSettings.defaults().withUsers(LoadSettings.MAX_USERS + 1).problems()).hasSize(1);
    }

    @Test
    void names_unknown_options_and_values_that_are_not_numbers() {
        LoadSettings.Parsed parsed = LoadSettings.parse(List.of("--user", "8", "--seconds", "ten", "--warmup"));

        assertThat(parsed.settings()).isEmpty();
        assertThat(parsed.problems()).containsExactly(
                "Unknown option \"--user\"; the options are --tool, --users, --seconds, --warmup, --max-launches, "
                        + "--platform-port, --expect-status, --expect-body, --json.",
                "Unknown option \"8\"; the options are --tool, --users, --seconds, --warmup, --max-launches, "
                        + "--platform-port, --expect-status, --expect-body, --json.",
                "--warmup needs a value.",
                "--seconds must be a whole number, not \"ten\".");
    }
}
