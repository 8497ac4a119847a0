package org.balint.devplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Pending launches stay bounded in number and time")
class PendingLaunchesStayBoundedTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-02T18:00:00Z"));
    private final PendingLaunches pending = new PendingLaunches(clock, Duration.ofMinutes(5));
    private final Roster roster = Roster.seeded();

    private PendingLaunch launch(String hint) {
        return new PendingLaunch(hint, roster.person("1002").orElseThrow(), roster.course("201").orElseThrow(),
                roster.course("201").orElseThrow().resourceLink("301"), LaunchRequest.resourceLink("1002", "301"),
                URI.create("http://localhost:9080/lti/launch"), "data", java.util.Optional.empty(),
                clock.instant().plus(Duration.ofMinutes(5)),
                ToolClient.configured(DevPlatformConfig.forTool(URI.create("http://localhost:9080"))));
    }

    @Test
    @DisplayName("beyond ten thousand waiting launches the oldest is dropped")
    void capacity() {
        for (int i = 0; i <= PendingLaunches.CAPACITY; i++) {
            pending.add(launch("hint-" + i));
        }

        assertThat(pending.size()).isEqualTo(PendingLaunches.CAPACITY);
        assertThat(pending.find("hint-0")).isEmpty();
        assertThat(pending.find("hint-" + PendingLaunches.CAPACITY)).isPresent();
    }

    @Test
    @DisplayName("a hint is remembered as used or expired for one more lifetime, then forgotten")
    void retention() {
        pending.add(launch("used"));
        assertThat(pending.redeem("used")).isTrue();
        assertThat(pending.redeem("used")).isFalse();
        assertThat(pending.find("used").map(PendingLaunches.Entry::redeemed)).contains(true);

        clock.advance(Duration.ofMinutes(9));
        pending.add(launch("fresh"));
        assertThat(pending.find("used")).isPresent();

        clock.advance(Duration.ofMinutes(1));
        pending.add(launch("fresher"));
        assertThat(pending.find("used")).isEmpty();
        assertThat(pending.size()).isEqualTo(2);
    }

    @Test
    @DisplayName("an expired hint cannot be redeemed")
    void expired() {
        pending.add(launch("late"));
        clock.advance(Duration.ofMinutes(5));

        assertThat(pending.redeem("late")).isFalse();
        assertThat(pending.redeem("never-issued")).isFalse();
        assertThat(pending.find("late").map(PendingLaunches.Entry::redeemed)).isEqualTo(Optional.of(false));
    }
}
