package org.balint.devplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The AGS score endpoint can be told to fail a share of posts in mixed ways")
class TheScoreFaultSwitchTest {

    private ToolUnderTest tool;
    private DevPlatform platform;
    private ServiceCalls calls;
    private String token;
    private String lineItem;
    private String lineItemId;

    @BeforeEach
    void start() throws Exception {
        tool = ToolUnderTest.start();
        platform = DevPlatform.start(DevPlatformConfig.forTool(tool.base()));
        calls = new ServiceCalls(platform, tool);
        token = calls.token(ServiceCalls.LINE_ITEM, ServiceCalls.SCORE);
        HttpResponse<String> created = calls.send("POST", platform.lineItemsUrl("201"), token,
                TheAssignmentAndGradeServiceTest.LINE_ITEM_TYPE,
                ServiceCalls.toJson(Map.of("label", "CE credit", "scoreMaximum", 10, "resourceLinkId", "301")));
        lineItem = (String) ServiceCalls.json(created).get("id");
        lineItemId = lineItem.replaceAll(".*/lineitems/([^/]+)/lineitem$", "$1");
    }

    @AfterEach
    void stop() {
        platform.close();
        tool.close();
    }

    private HttpResponse<String> post(String userId, double given, Instant at, Duration timeout) throws Exception {
        return calls.send("POST", URI.create(lineItem + "/scores"), token,
                TheAssignmentAndGradeServiceTest.SCORE_TYPE,
                TheAssignmentAndGradeServiceTest.score(userId, given, at), timeout);
    }

    @Test
    @DisplayName("with a 30 % share, about that many posts fail as 500, 429, 503, 409, timeouts and closed "
            + "connections, none of them stored; retrying until accepted stores each result exactly once")
    void mixedFaults() throws Exception {
        platform.failScores(ScoreFaults.failing(0.3, 42).hangingFor(Duration.ofMillis(400))
                .retryingAfter(Duration.ofSeconds(2)));
        String[] learners = {"1002", "1003", "1004", "1005", "1006"};
        Map<String, Integer> outcomes = new HashMap<>();
        Map<String, List<Double>> sent = new HashMap<>();
        Instant base = Instant.parse("2027-03-01T10:00:00Z");
        int posts = 0;
        for (int round = 0; round < 12; round++) {
            for (String learner : learners) {
                double given = round % 10;
                Instant at = base.plusSeconds(round * 60L);
                boolean accepted = false;
                for (int attempt = 0; attempt < 20 && !accepted; attempt++) {
                    posts++;
                    String outcome;
                    try {
                        HttpResponse<String> response = post(learner, given, at, Duration.ofMillis(200));
                        outcome = String.valueOf(response.statusCode());
                        if (response.statusCode() == 429 || response.statusCode() == 503) {
                            assertThat(response.headers().firstValue("Retry-After")).contains("2");
                        }
                        accepted = response.statusCode() == 200;
                    } catch (HttpTimeoutException timeout) {
                        outcome = "timeout";
                    } catch (IOException closed) {
                        outcome = "closed";
                    }
                    outcomes.merge(outcome, 1, Integer::sum);
                }
                assertThat(accepted).isTrue();
                sent.computeIfAbsent(learner, l -> new ArrayList<>()).add(given);
            }
        }

        int failures = posts - outcomes.get("200");
        assertThat((double) failures / posts).isBetween(0.15, 0.45);
        assertThat(outcomes).containsKeys("500", "429", "503", "409", "timeout");
        assertThat(platform.scoreFaultsDealt().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(failures);
        assertThat(platform.scoreFaultsDealt()).containsKeys(ScoreFaults.Kind.values());
        for (String learner : learners) {
            assertThat(platform.gradebook().acceptedScores(lineItemId, learner))
                    .extracting(score -> score.scoreGiven().orElseThrow()).containsExactlyElementsOf(sent.get(learner));
        }
        assertThat(platform.gradebook().acceptedScoreCount()).isEqualTo(60);
    }

    @Test
    @DisplayName("the same seed deals the same faults in the same order")
    void repeatable() {
        FaultSwitch first = new FaultSwitch();
        FaultSwitch second = new FaultSwitch();
        first.set(ScoreFaults.failing(0.5, 7));
        second.set(ScoreFaults.failing(0.5, 7));

        for (int i = 0; i < 200; i++) {
            assertThat(first.draw()).isEqualTo(second.draw());
        }
    }

    @Test
    @DisplayName("a hang beyond the client's timeout then a closed connection leaves the client without an answer")
    void closedConnection() throws Exception {
        platform.failScores(ScoreFaults.failing(1.0, 3).hangingFor(Duration.ofMillis(50)));
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            try {
                outcomes.add(String.valueOf(post("1002", 1, Instant.parse("2027-03-01T10:00:00Z").plusSeconds(i),
                        Duration.ofSeconds(5)).statusCode()));
            } catch (IOException closed) {
                outcomes.add("closed");
            }
        }

        assertThat(outcomes).contains("closed", "500", "429", "503", "409").doesNotContain("200");
        assertThat(platform.gradebook().acceptedScoreCount()).isZero();
    }

    @Test
    @DisplayName("switching faults off answers every post on its merits again")
    void switchOff() throws Exception {
        platform.failScores(ScoreFaults.failing(1.0, 1).hangingFor(Duration.ZERO));
        platform.failScores(ScoreFaults.none());

        assertThat(post("1002", 4, Instant.parse("2027-03-01T10:00:00Z"), Duration.ofSeconds(5)).statusCode())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("fault settings out of range are refused")
    void settingsChecked() {
        assertThatThrownBy(() -> ScoreFaults.failing(1.5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoreFaults.failing(0.1, 1).hangingFor(Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
