package org.balint.samples.gradebookbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The gradebook benchmark, in small")
class GradebookBenchTest {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    @Test
    @DisplayName("publishes 200 scores on Derby, each once, with one token request, in two courses, and reports the rate")
    void publishesTwoHundredScores() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        GradebookBench.Measurement measurement = GradebookBench.run(200, "derby",
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(measurement.delivered()).isEqualTo(200);
        assertThat(measurement.failed()).isZero();
        assertThat(measurement.accepted()).isEqualTo(200);
        assertThat(measurement.heldOnceWithTheRightValue()).isEqualTo(200);
        assertThat(measurement.scorePosts()).isEqualTo(200);
        assertThat(measurement.tokenRequests()).isEqualTo(1);
        assertThat(measurement.scoresPerSecond()).isPositive();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("recorded 200 credit results")
                .contains("derby: 200 scores in").contains("scores/s; token requests 1")
                .contains("held once with the right value 200");
    }
}
