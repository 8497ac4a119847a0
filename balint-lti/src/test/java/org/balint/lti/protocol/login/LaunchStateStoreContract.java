package org.balint.lti.protocol.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.balint.lti.protocol.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LaunchStateStore} promises. Each implementation's test extends this class and
 * supplies a fresh, empty store.
 */
public abstract class LaunchStateStoreContract {

    protected static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    protected final MutableClock clock = new MutableClock(NOW);
    protected LaunchStateStore store;

    /** A new, empty store that uses {@code clock}. */
    protected abstract LaunchStateStore newStore(MutableClock clock);

    /** Forgets what the store no longer needs at {@code now}. */
    protected abstract void purge(LaunchStateStore store, Instant now);

    @BeforeEach
    void freshStore() {
        store = newStore(clock);
    }

    protected static PendingLogin login(String state, String nonce) {
        return new PendingLogin(state, nonce, PendingLogin.hash("browser"), "https://lms.example.edu", "tool",
                Optional.empty(), URI.create("https://tool.example.org/lti/launch"), NOW, NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName("a saved login is found by its state with everything it was started with, not yet completed")
    void findsWhatWasSaved() {
        PendingLogin login = new PendingLogin("s1", "n1", PendingLogin.hash("the browser"), "https://canvas.instructure.com",
                "10000000000042", Optional.of("12:8865aa05"), URI.create("https://tool.example.org/lti/launch?x=1"),
                NOW, NOW.plus(Duration.ofMinutes(5)));
        store.save(login);

        LoginStatus found = store.find("s1").orElseThrow();

        assertThat(found.login()).isEqualTo(login);
        assertThat(found.login().isBoundTo("the browser")).isTrue();
        assertThat(found.isCompleted()).isFalse();
        assertThat(store.find("s2")).isEmpty();
        assertThat(store.isNonceUsed("n1")).isFalse();
    }

    @Test
    @DisplayName("completing a login uses up its state and the nonce, once")
    void completesOnce() {
        store.save(login("s1", "n1"));

        assertThat(store.complete("s1", "n1", NOW, NOW.plusSeconds(90))).isTrue();
        assertThat(store.complete("s1", "n1", NOW, NOW.plusSeconds(90))).isFalse();
        assertThat(store.find("s1").orElseThrow().completedAt()).hasValue(NOW);
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
        assertThat(store.complete("s2", "n2", NOW, NOW.plusSeconds(90))).isTrue();
    }

    @Test
    @DisplayName("an unknown state cannot be completed, and its nonce stays unused")
    void unknownState() {
        assertThat(store.complete("nope", "n", NOW, NOW.plusSeconds(90))).isFalse();
        assertThat(store.isNonceUsed("n")).isFalse();
    }

    @Test
    @DisplayName("expired logins are forgotten; used nonces are remembered until the token could no longer be valid")
    void purgeForgetsWhatIsNoLongerNeeded() {
        store.save(login("open", "n-open"));
        store.save(login("done", "n-done"));
        store.complete("done", "n-done", NOW, NOW.plus(Duration.ofMinutes(30)));

        purge(store, NOW.plus(Duration.ofMinutes(6)));
        assertThat(store.find("open")).isEmpty();
        assertThat(store.isNonceUsed("n-done")).isTrue();
        assertThat(store.find("done")).isPresent();

        purge(store, NOW.plus(Duration.ofMinutes(31)));
        assertThat(store.isNonceUsed("n-done")).isFalse();
        assertThat(store.find("done")).isEmpty();
    }

    @Test
    @DisplayName("a completed login is remembered at least until it expires, even if its token expires sooner")
    void completedLoginOutlivesShortToken() {
        store.save(login("done", "n-done"));
        store.complete("done", "n-done", NOW, NOW.plusSeconds(30));

        purge(store, NOW.plus(Duration.ofMinutes(4)));

        assertThat(store.find("done")).hasValueSatisfying(status -> assertThat(status.isCompleted()).isTrue());
        assertThat(store.isNonceUsed("n-done")).isTrue();
    }

    @Test
    @DisplayName("saving two logins with one state is a programming error, and the first login stays as it was")
    void duplicateState() {
        store.save(login("s1", "n1"));

        assertThatThrownBy(() -> store.save(login("s1", "n2"))).isInstanceOf(IllegalStateException.class);
        assertThat(store.find("s1").orElseThrow().login().nonce()).isEqualTo("n1");
    }

    @Test
    @DisplayName("of many simultaneous launches with one state, exactly one completes the login")
    void oneWinnerPerState() throws Exception {
        store.save(login("contested", "n-contested"));

        List<Boolean> outcomes = race(16, i -> store.complete("contested", "n-contested", NOW, NOW.plusSeconds(90)));

        assertThat(outcomes).containsOnlyOnce(true);
        assertThat(store.isNonceUsed("n-contested")).isTrue();
    }

    @Test
    @DisplayName("of many simultaneous launches with one nonce on different logins, exactly one succeeds; the others' logins stay open")
    void oneWinnerPerNonce() throws Exception {
        int launches = 16;
        for (int i = 0; i < launches; i++) {
            store.save(login("s" + i, "n" + i));
        }

        List<Boolean> outcomes = race(launches, i -> store.complete("s" + i, "shared-nonce", NOW, NOW.plusSeconds(90)));

        assertThat(outcomes).containsOnlyOnce(true);
        int winner = outcomes.indexOf(true);
        for (int i = 0; i < launches; i++) {
            assertThat(store.find("s" + i).orElseThrow().isCompleted()).as("login s" + i).isEqualTo(i == winner);
        }
    }

    /** A function of the thread's index. */
    protected interface Attempt {
        boolean run(int index) throws Exception;
    }

    /** Runs {@code attempt} on {@code threads} threads released at the same moment; the outcomes in index order. */
    protected static List<Boolean> race(int threads, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<Boolean> task = () -> {
                    ready.countDown();
                    go.await();
                    return attempt.run(index);
                };
                futures.add(pool.submit(task));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
