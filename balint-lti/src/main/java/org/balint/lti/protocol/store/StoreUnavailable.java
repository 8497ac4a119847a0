package org.balint.lti.protocol.store;

/**
 * The database behind a store could not be used (unreachable, out of connections, failing). The
 * operation changed nothing; the request that needed it can be answered with 503 and retried.
 */
public final class StoreUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The reason code an HTTP answer gives for it (with status 503). */
    public static final String CODE = "database-unavailable";

    /** A failure of {@code operation}, caused by {@code cause}. */
    public StoreUnavailable(String operation, Throwable cause) {
        super("The tool's database could not " + operation + ": " + cause.getMessage(), cause);
    }

    /** A failure of the tool's database, caused by {@code cause}. */
    public StoreUnavailable(Throwable cause) {
        this("complete the operation", cause);
    }

    /** A failure that {@code message} describes in full, caused by {@code cause}. */
    public static StoreUnavailable described(String message, Throwable cause) {
        return new StoreUnavailable(message, cause, true);
    }

    private StoreUnavailable(String message, Throwable cause, boolean described) {
        super(message, cause);
    }
}
