package org.balint.lti.protocol.store;

/**
 * The database behind a store could not be used (unreachable, out of connections, failing). The
 * operation changed nothing; the request that needed it can be answered with 503 and retried.
 */
public final class StoreUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure of {@code operation}, caused by {@code cause}. */
    public StoreUnavailable(String operation, Throwable cause) {
        super("The tool's database could not " + operation + ": " + cause.getMessage(), cause);
    }
}
