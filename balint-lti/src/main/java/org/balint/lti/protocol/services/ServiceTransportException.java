package org.balint.lti.protocol.services;

import java.util.Objects;

/** A service call that got no usable answer: the platform could not be reached, was too slow, or sent too much. */
public final class ServiceTransportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong on the wire. */
    public enum Kind {
        /** No connection, or the connection broke. */
        UNREACHABLE,
        /** No complete answer within the request timeout. */
        TIMED_OUT,
        /** The answer was larger than the configured limit. */
        TOO_LARGE
    }

    private final Kind kind;

    /**
     * @param kind    what went wrong
     * @param message a sentence naming the URL and the cause
     * @param cause   the underlying exception, if any
     */
    public ServiceTransportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }
}
