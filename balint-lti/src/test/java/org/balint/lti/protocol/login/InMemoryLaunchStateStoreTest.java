package org.balint.lti.protocol.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.balint.lti.protocol.support.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The in-memory launch state store")
class InMemoryLaunchStateStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryLaunchStateStore store = new InMemoryLaunchStateStore(clock);

    private static PendingLogin login(String state, String nonce) {
        return new PendingLogin(state, nonce, PendingLogin.hash("browser"), "https://lms.example.edu", "tool",
                Optional.empty(), URI.create("https://tool.example.org/lti/launch"), NOW, NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName("completing a login uses up its state and the nonce, once")
    void completesOnce() {
        store.save(login("s1", "n1"));

        assertThat(store.complete("s1", "n1", NOW, NOW.plusSeconds(90))).isTrue();
        assertThat(store.complete("s1", "n1", NOW, NOW.plusSeconds(90))).isFalse();
        assertThat(store.find("s1").orElseThrow().isCompleted()).isTrue();
        assertThat(store.isNonceUsed("n1")).isTrue();
    }

    @Test
    @DisplayName("a used nonce cannot complete another login, and that login stays open")
    void nonceOnce() {
        store.save(login("s1", "n1"));
        store.save(login("s2", "n2"));
        store.complete("s1", "n1", NOW, NOW.plusSeconds(90));

        assertThat(store.complete("s2", "n1", NOW, NOW.plusSeconds(90))).isFalse();
        assertThat(store.find("s2").orElseThrow().isCompleted()).isFalse();
    }

    @Test
    @DisplayName("an unknown state cannot be completed")
    void unknownState() {
        assertThat(store.complete("nope", "n", NOW, NOW.plusSeconds(90))).isFalse();
        assertThat(store.isNonceUsed("n")).isFalse();
    }

    @Test
    @DisplayName("expired logins are forgotten; used nonces are remembered until the token could no longer be valid")
    void purge() {
        store.save(login("open", "n-open"));
        store.save(login("done", "n-done"));
        store.complete("done", "n-done", NOW, NOW.plus(Duration.ofMinutes(30)));

        store.purge(NOW.plus(Duration.ofMinutes(6)));
        assertThat(store.find("open")).isEmpty();
        assertThat(store.isNonceUsed("n-done")).isTrue();
        assertThat(store.find("done")).isPresent();

        store.purge(NOW.plus(Duration.ofMinutes(31)));
        assertThat(store.isNonceUsed("n-done")).isFalse();
        assertThat(store.find("done")).isEmpty();
    }

    @Test
    @DisplayName("saving two logins with one state is a programming error")
    void duplicateState() {
        store.save(login("s1", "n1"));

        assertThatThrownBy(() -> store.save(login("s1", "n2"))).isInstanceOf(IllegalStateException.class);
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
