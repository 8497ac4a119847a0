package org.balint.lti.protocol.login;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A launch state store for one server node, kept in memory. Logins are forgotten once they have
 * expired and, if completed, once their nonce no longer needs remembering; forgotten entries are
 * purged as new logins arrive.
 *
 * <p>Login initiation is unauthenticated, so the store is bounded: at capacity, the oldest login
 * that has not been completed is dropped (its user sees {@code state-unknown} and starts again).
 * Completed logins are never dropped early, so replay protection holds under a flood of logins.
 */
public final class InMemoryLaunchStateStore implements LaunchStateStore {

    private record Entry(PendingLogin login, Optional<Instant> completedAt, Instant forgetAt) {
    }

    private static final int PURGE_EVERY = 64;

    /** The default number of logins kept. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final Clock clock;
    private final int capacity;
    private final Map<String, Entry> logins = new LinkedHashMap<>();
    private final Map<String, Instant> usedNonces = new HashMap<>();
    private int savesSincePurge;

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
        if (++savesSincePurge >= PURGE_EVERY) {
            purge(clock.instant());
            savesSincePurge = 0;
        }
        if (logins.containsKey(login.state())) {
            throw new IllegalStateException("A login with this state already exists");
        }
        if (logins.size() >= capacity) {
            purge(clock.instant());
        }
        if (logins.size() >= capacity) {
            Iterator<Entry> oldest = logins.values().iterator();
            while (oldest.hasNext()) {
                if (oldest.next().completedAt().isEmpty()) {
                    oldest.remove();
                    break;
                }
            }
        }
        logins.put(login.state(), new Entry(login, Optional.empty(), login.expiresAt()));
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
        usedNonces.put(nonce, forgetAt);
        return true;
    }

    /** Forgets every login and nonce that no longer needs remembering at {@code now}; returns how many. */
    public synchronized int purge(Instant now) {
        int before = logins.size() + usedNonces.size();
        logins.values().removeIf(e -> !e.forgetAt().isAfter(now));
        usedNonces.values().removeIf(forgetAt -> !forgetAt.isAfter(now));
        return before - logins.size() - usedNonces.size();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
