package org.balint.lti.tool.course;

import java.util.function.Supplier;

/** Runs a unit of work again when it lost a race against another transaction, a bounded number of times. */
public final class Retry {

    /** Attempts before the conflict is passed on. */
    static final int ATTEMPTS = 3;

    private Retry() {
    }

    /** Runs {@code work}, again after a {@link ConcurrentChange}, at most {@link #ATTEMPTS} times. */
    public static <T> T onConcurrentChange(Supplier<T> work) {
        ConcurrentChange last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return work.get();
            } catch (ConcurrentChange conflict) {
                last = conflict;
            }
        }
        throw last;
    }
}
