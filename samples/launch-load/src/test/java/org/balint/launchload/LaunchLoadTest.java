package org.balint.launchload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.DevPlatformConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchLoadTest {

    private LoopbackTool tool;
    private DevPlatform platform;

    @BeforeEach
    void startToolAndPlatform() throws Exception {
        tool = LoopbackTool.start();
        platform = DevPlatform.start(DevPlatformConfig.forTool(tool.base()));
    }

    @AfterEach
    void stop() {
        platform.close();
        tool.close();
    }

    private LoadSettings shortRun(int users, long launches) {
        return LoadSettings.defaults().withTool(tool.base(), 0).withUsers(users)
                .withTimes(Duration.ofSeconds(30), Duration.ZERO).withMaxLaunches(launches);
    }

    @Test
    void drives_complete_launches_until_the_launch_cap() throws Exception {
        LoadReport report = LaunchLoad.run(shortRun(3, 24), platform);

        assertThat(report.errors()).isEmpty();
        assertThat(report.completed()).isEqualTo(24);
        assertThat(tool.accepted()).isEqualTo(24);
        assertThat(report.latency().count()).isEqualTo(24);
        assertThat(report.latency().p50()).isPositive().isLessThanOrEqualTo(report.latency().p99());
        assertThat(report.launchesPerSecond()).isPositive();
    }

    @Test
    void launches_every_person_of_the_roster_into_every_resource_link() {
        assertThat(LaunchLoad.launches(platform)).hasSize(
                platform.config().roster().people().size() * platform.config().roster().courses().stream()
                        .mapToInt(course -> course.resourceLinks().size()).sum());
    }

    @Test
    void counts_refused_launches_by_their_kind() throws Exception {
        tool.refuseLaunches();

        LoadReport report = LaunchLoad.run(shortRun(2, 10), platform);

        assertThat(report.completed()).isZero();
        assertThat(report.errors()).isEqualTo(Map.of("launch-http-401", 10L));
        assertThat(report.toText()).contains("error launch-http-401: 10");
    }

    @Test
    void counts_launch_pages_without_the_expected_text() throws Exception {
        LoadReport report = LaunchLoad.run(shortRun(1, 3).expecting(200, "Goodbye"), platform);

        assertThat(report.errors()).isEqualTo(Map.of("launch-body-unexpected", 3L));
    }

    @Test
    void counts_a_tool_that_is_not_listening_as_network_failures() throws Exception {
        LoadSettings nowhere = shortRun(1, 2);
        tool.close();

        LoadReport report = LaunchLoad.run(nowhere, platform);

        assertThat(report.completed()).isZero();
        assertThat(report.errors()).containsOnlyKeys("network-connect-exception");
    }

    @Test
    void the_program_prints_the_report_and_writes_it_as_json(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("report.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = LaunchLoad.run(List.of("--tool", tool.base().toString(), "--platform-port", "0", "--users", "2",
                "--warmup", "0", "--seconds", "30", "--max-launches", "6", "--json", json.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("completed 6, failed 0");
        assertThat(Files.readString(json)).startsWith("{\"tool\":\"" + tool.base() + "\",\"users\":2,")
                .contains("\"completed\":6,\"failed\":0,").contains("\"errors\":{}");
    }

    @Test
    void the_program_refuses_unusable_options_without_launching() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = LaunchLoad.run(List.of("--tool", "http://10.0.0.5:9080", "--users", "0"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("must be on this machine").contains("--users");
        assertThat(tool.accepted()).isZero();
    }
}
