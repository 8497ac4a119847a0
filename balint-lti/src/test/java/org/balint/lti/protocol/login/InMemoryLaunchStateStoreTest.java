package org.balint.lti.protocol.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.balint.lti.protocol.support.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The in-memory launch state store")
class InMemoryLaunchStateStoreTest extends LaunchStateStoreContract {

    @Override
    protected LaunchStateStore newStore(MutableClock clock) {
        return new InMemoryLaunchStateStore(clock);
    }

    @Override
    protected void purge(LaunchStateStore store, Instant now) {
        ((InMemoryLaunchStateStore) store).purge(now);
    }

    @Test
    @DisplayName("a flood of logins evicts the oldest unfinished login, never a completed one")
    void boundedUnderFlood() {
        InMemoryLaunchStateStore small = new InMemoryLaunchStateStore(clock, 3);
        small.save(login("done", "n-done"));
        small.complete("done", "n-done", NOW, NOW.plusSeconds(90));
        small.save(login("first", "n1"));
        small.save(login("second", "n2"));

        small.save(login("third", "n3"));

        assertThat(small.find("done")).isPresent();
        assertThat(small.find("first")).isEmpty();
        assertThat(small.find("second")).isPresent();
        assertThat(small.find("third")).isPresent();
    }
}
