package org.balint.lti.protocol.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** Tool keys held in memory: for a single node whose keys may change at every start, and for tests. */
public final class InMemoryToolKeyStore implements ToolKeyStore {

    private final Clock clock;
    private final Duration overlap;
    private final AtomicReference<ToolKeySet> keys;

    /**
     * A store starting with {@code initial} as the active key.
     *
     * @param overlap how long a retired key stays published; positive
     */
    public InMemoryToolKeyStore(Clock clock, Duration overlap, RSAKey initial) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.overlap = ToolKeyRing.requireOverlap(overlap);
        this.keys = new AtomicReference<>(new ToolKeySet(ToolKey.active(ToolKeyRing.requireSigningKey(initial),
                clock.instant()), List.of()));
    }

    @Override
    public ToolKeySet current() {
        Instant now = clock.instant();
        ToolKeySet set = keys.get();
        return new ToolKeySet(set.active(), set.retired().stream().filter(k -> k.publishedAt(now)).toList());
    }

    @Override
    public ToolKeySet rotate(String retiringKid, RSAKey next) {
        ToolKeyRing.requireSigningKey(next);
        Instant now = clock.instant();
        return keys.updateAndGet(set -> {
            if (!set.active().kid().equals(retiringKid)) {
                return set;
            }
            if (next.getKeyID().equals(retiringKid)
                    || set.retired().stream().anyMatch(r -> r.kid().equals(next.getKeyID()))) {
                throw new IllegalArgumentException("The new key has the key id of a key already in the ring");
            }
            List<ToolKey> retired = new ArrayList<>();
            retired.add(set.active().retired(now, overlap));
            set.retired().stream().filter(k -> k.publishedAt(now)).forEach(retired::add);
            return new ToolKeySet(ToolKey.active(next, now), retired);
        });
    }
}
