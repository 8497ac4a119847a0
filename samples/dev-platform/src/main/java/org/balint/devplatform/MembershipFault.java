package org.balint.devplatform;

/**
 * Makes the NRPS membership service answer badly, for tests of how a tool treats a broken roster:
 * every membership request (full reads, next pages and differences) gets the chosen answer until the
 * fault is switched back to {@link #NONE}.
 */
public enum MembershipFault {
    /** Answers normally. */
    NONE,
    /** 200 with the NRPS media type, but {@code members} is a string instead of a list. */
    MALFORMED,
    /** 200 with a member whose {@code roles} is a number instead of a list of strings. */
    WRONGLY_TYPED,
    /** 200 with an HTML page ({@code text/html}), as a platform's login page would be. */
    HTML_PAGE,
    /** 500 Internal Server Error. */
    SERVER_ERROR
}
