package org.balint.lti.protocol.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A launch state store for one server node, kept in memory. Logins are forgotten once they have
 * expired and, if completed, once their nonce no longer needs remembering; forgotten entries are
 * purged as new logins arrive, at most once a second (a purge visits every entry, so purging more
 * often would cost every login time in proportion to all the logins of the last minutes).
 *
 * <p>Login initiation is unauthenticated, so the store is bounded: at capacity, the oldest login
 * that has not been completed is dropped (its user sees {@code state-unknown} and starts again).
 * Completed logins are never dropped early, so replay protection holds under a flood of logins.
 */
public final class InMemoryLaunchStateStore implements LaunchStateStore {

    private record Entry(PendingLogin login, Optional<Instant> completedAt, Instant forgetAt) {
    }

    private static final Duration PURGE_INTERVAL = Duration.ofSeconds(1);

    /** The default number of logins kept. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final Clock clock;
    private final int capacity;
    private final Map<String, Entry> logins = new LinkedHashMap<>();
    /** The states of logins not completed yet, oldest first: the ones a flood may evict. */
    private final Set<String> open = new LinkedHashSet<>();
    private final Map<String, Instant> usedNonces = new HashMap<>();
    private Instant nextPurge = Instant.MIN;

    /** A store of {@link #DEFAULT_CAPACITY} logins that uses {@code clock} to decide what can be forgotten. */
    public InMemoryLaunchStateStore(Clock clock) {
        this(clock, DEFAULT_CAPACITY);
    }

    /** A store holding at most {@code capacity} logins. */
    public InMemoryLaunchStateStore(Clock clock, int capacity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized void save(PendingLogin login) {
        Objects.requireNonNull(login, "login");
        if (logins.containsKey(login.state())) {
            throw new IllegalStateException("A login with this state already exists");
        }
        Instant now = clock.instant();
        if (!now.isBefore(nextPurge)) {
            purge(now);
        }
        if (logins.size() >= capacity && !open.isEmpty()) {
            Iterator<String> oldest = open.iterator();
            logins.remove(oldest.next());
            oldest.remove();
        }
        logins.put(login.state(), new Entry(login, Optional.empty(), login.expiresAt()));
        open.add(login.state());
    }

    @Override
    public synchronized Optional<LoginStatus> find(String state) {
        Objects.requireNonNull(state, "state");
        Entry entry = logins.get(state);
        return entry == null ? Optional.empty() : Optional.of(new LoginStatus(entry.login(), entry.completedAt()));
    }

    @Override
    public synchronized boolean isNonceUsed(String nonce) {
        Objects.requireNonNull(nonce, "nonce");
        return usedNonces.containsKey(nonce);
    }

    @Override
    public synchronized boolean complete(String state, String nonce, Instant completedAt, Instant rememberUntil) {
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(rememberUntil, "rememberUntil");
        Entry entry = logins.get(Objects.requireNonNull(state, "state"));
        if (entry == null || entry.completedAt().isPresent() || usedNonces.containsKey(Objects.requireNonNull(nonce, "nonce"))) {
            return false;
        }
        Instant forgetAt = later(entry.forgetAt(), rememberUntil);
        logins.put(state, new Entry(entry.login(), Optional.of(completedAt), forgetAt));
        open.remove(state);
        usedNonces.put(nonce, forgetAt);
        return true;
    }

    /** Forgets every login and nonce that no longer needs remembering at {@code now}; returns how many. */
    public synchronized int purge(Instant now) {
        int before = logins.size() + usedNonces.size();
        Iterator<Map.Entry<String, Entry>> entries = logins.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, Entry> entry = entries.next();
            if (!entry.getValue().forgetAt().isAfter(now)) {
                entries.remove();
                open.remove(entry.getKey());
            }
        }
        usedNonces.values().removeIf(forgetAt -> !forgetAt.isAfter(now));
        nextPurge = now.plus(PURGE_INTERVAL);
        return before - logins.size() - usedNonces.size();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
