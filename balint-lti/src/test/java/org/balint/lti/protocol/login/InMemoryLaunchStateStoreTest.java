package org.balint.lti.protocol.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

    @Test
    @DisplayName("expired logins are purged as new logins arrive, at most once a second")
    void purgesAsLoginsArrive() {
        store.save(login("old", "n-old"));
        clock.advance(Duration.ofMinutes(6));

        store.save(login("new", "n-new"));
        assertThat(store.find("old")).isEmpty();

        store.save(login("later", "n-later"));
        assertThat(store.find("new")).isPresent();
    }

    @Test
    @DisplayName("a flood evicts open logins oldest first, skipping those completed meanwhile")
    void floodEvictsOldestOpen() {
        InMemoryLaunchStateStore small = new InMemoryLaunchStateStore(clock, 3);
        small.save(login("a", "n-a"));
        small.save(login("b", "n-b"));
        small.complete("a", "n-a", NOW, NOW.plusSeconds(90));
        small.save(login("c", "n-c"));

        small.save(login("d", "n-d"));
        small.save(login("e", "n-e"));

        assertThat(small.find("a")).isPresent();
        assertThat(small.find("b")).isEmpty();
        assertThat(small.find("c")).isEmpty();
        assertThat(small.find("d")).isPresent();
        assertThat(small.find("e")).isPresent();
        assertThat(small.complete("d", "n-d", NOW, NOW.plusSeconds(90))).isTrue();
    }
}
