package org.balint.devplatform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The launches waiting for the tool's authentication request, by {@code lti_message_hint}.
 *
 * <p>A hint is redeemed once. Redeemed and expired hints are remembered for one more hint lifetime
 * so a second use is reported as such, then forgotten. At most {@value #CAPACITY} hints are kept; the
 * oldest is dropped first. Thread-safe.
 */
final class PendingLaunches {

    static final int CAPACITY = 10_000;

    /** A hint the platform knows, and whether the tool has already redeemed it. */
    record Entry(PendingLaunch launch, boolean redeemed) {
    }

    private final Clock clock;
    private final Duration retention;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    PendingLaunches(Clock clock, Duration hintLifetime) {
        this.clock = clock;
        this.retention = hintLifetime;
    }

    synchronized void add(PendingLaunch launch) {
        forgetStale();
        entries.put(launch.messageHint(), new Entry(launch, false));
        if (entries.size() > CAPACITY) {
            Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    synchronized Optional<Entry> find(String messageHint) {
        return Optional.ofNullable(entries.get(messageHint));
    }

    /** Marks the hint redeemed; false when it is unknown, already redeemed or expired. */
    synchronized boolean redeem(String messageHint) {
        Entry entry = entries.get(messageHint);
        if (entry == null || entry.redeemed() || !clock.instant().isBefore(entry.launch().expiresAt())) {
            return false;
        }
        entries.put(messageHint, new Entry(entry.launch(), true));
        return true;
    }

    synchronized int size() {
        return entries.size();
    }

    /** Drops entries from the oldest on while they are past expiry plus retention; at most all of them. */
    private void forgetStale() {
        Instant now = clock.instant();
        Iterator<Entry> oldestFirst = entries.values().iterator();
        while (oldestFirst.hasNext()) {
            if (oldestFirst.next().launch().expiresAt().plus(retention).isAfter(now)) {
                return;
            }
            oldestFirst.remove();
        }
    }
}
