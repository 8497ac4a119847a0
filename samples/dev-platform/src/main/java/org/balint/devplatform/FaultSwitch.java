package org.balint.devplatform;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Draws, for each score post, whether it fails and how, from the current {@link ScoreFaults} and a
 * {@link Random} seeded when the faults are set; counts the faults dealt. Thread-safe.
 */
final class FaultSwitch {

    private ScoreFaults faults = ScoreFaults.none();
    private Random random = new Random(0);
    private final Map<ScoreFaults.Kind, Long> dealt = new EnumMap<>(ScoreFaults.Kind.class);

    synchronized void set(ScoreFaults newFaults) {
        faults = newFaults;
        random = new Random(newFaults.seed());
    }

    synchronized ScoreFaults current() {
        return faults;
    }

    /** The fault this post meets, if any. */
    synchronized Optional<ScoreFaults.Kind> draw() {
        if (faults.fraction() <= 0 || random.nextDouble() >= faults.fraction()) {
            return Optional.empty();
        }
        ScoreFaults.Kind[] kinds = ScoreFaults.Kind.values();
        ScoreFaults.Kind kind = kinds[random.nextInt(kinds.length)];
        dealt.merge(kind, 1L, Long::sum);
        return Optional.of(kind);
    }

    synchronized Map<ScoreFaults.Kind, Long> dealt() {
        return Map.copyOf(dealt);
    }
}
