package org.balint.launchload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadReportTest {

    private final LoadReport report = new LoadReport("http://localhost:9080", 8, 3, 20, 12_000,
            Map.of("login-http-500", 2L, "auth-no-form", 1L), new LatencySummary(12_000, 6.5, 6, 9.25, 12.5, 40));

    @Test
    void rates_completed_launches_over_the_measured_time() {
        assertThat(report.launchesPerSecond()).isEqualTo(600.0);
        assertThat(report.failed()).isEqualTo(3);
    }

    @Test
    void writes_every_figure_as_json() {
        assertThat(report.toJson()).isEqualTo("{\"tool\":\"http://localhost:9080\",\"users\":8,"
                + "\"warmupSeconds\":3.000,\"measuredSeconds\":20.000,\"completed\":12000,\"failed\":3,"
                + "\"launchesPerSecond\":600.000,\"latencyMs\":{\"count\":12000,\"mean\":6.500,\"p50\":6.000,"
                + "\"p95\":9.250,\"p99\":12.500,\"max\":40.000},\"errors\":{\"auth-no-form\":1,\"login-http-500\":2}}");
    }

    @Test
    void tells_people_the_rate_the_percentiles_and_each_kind_of_error() {
        assertThat(report.toText()).contains("completed 12000, failed 3, 600.0 launches/s")
                .contains("p50 6.00, p95 9.25, p99 12.50")
                .contains("error auth-no-form: 1").contains("error login-http-500: 2");
    }

    @Test
    void a_run_that_measured_no_time_has_no_rate() {
        assertThat(new LoadReport("t", 1, 0, 0, 5, Map.of(), LatencySummary.empty()).launchesPerSecond()).isZero();
    }

    @Test
    void escapes_quotes_and_control_characters_in_json_strings() {
        assertThat(LoadReport.quote("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\u000a\"");
    }
}
