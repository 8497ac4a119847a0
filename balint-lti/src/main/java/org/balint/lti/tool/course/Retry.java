package org.balint.lti.tool.course;

import java.util.function.Supplier;

/** Runs a unit of work again when it lost a race against another transaction, a bounded number of times. */
final class Retry {

    /** Attempts before the conflict is passed on. */
    static final int ATTEMPTS = 3;

    private Retry() {
    }

    static <T> T onConcurrentChange(Supplier<T> work) {
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
