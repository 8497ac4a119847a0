package org.balint.lti.protocol.store;

/** The database refused or failed an operation of one of the stores; nothing of it was written. */
public final class LtiStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}, caused by {@code cause}. */
    public LtiStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
