package org.balint.lti.tool.course;

/**
 * The tool's database failed an operation (unreachable, or refused a statement for a reason other than
 * a known conflict). Nothing of the operation was kept: it ran in one transaction that was rolled back.
 */
public final class StoreUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The reason code shown at the edge. */
    public static final String CODE = "database-unavailable";

    /** Wraps the database's failure. */
    public StoreUnavailable(Throwable cause) {
        super("The tool's database failed: " + cause.getMessage(), cause);
    }
}
