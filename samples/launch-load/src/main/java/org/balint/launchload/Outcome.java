package org.balint.launchload;

/**
 * How one launch ended: completed as expected, or failed with a stable kind in kebab-case, such as
 * {@code login-http-500}, {@code auth-no-form}, {@code launch-http-401}, {@code launch-body-unexpected}
 * or {@code network-connect-exception}.
 */
public sealed interface Outcome {

    /** The launch ended on the expected page. */
    record Completed() implements Outcome {
    }

    /**
     * The launch failed.
     *
     * @param kind the kind of failure
     */
    record Failed(String kind) implements Outcome {
        /** Requires a kind. */
        public Failed {
            if (kind == null || kind.isBlank()) {
                throw new IllegalArgumentException("A failure needs its kind");
            }
        }
    }

    /** The completed outcome. */
    static Outcome completed() {
        return new Completed();
    }

    /** A failure of the given kind. */
    static Outcome failed(String kind) {
        return new Failed(kind);
    }
}
