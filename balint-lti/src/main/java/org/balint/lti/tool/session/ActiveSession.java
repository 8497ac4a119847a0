package org.balint.lti.tool.session;

import java.util.Objects;

/**
 * A launch session that is in force, with the two secrets the pages carry: the session token (hidden
 * form field or {@code Authorization: Bearer}) and the CSRF token every form post must echo.
 *
 * @param token     the session's bearer token (256 random bits, base64url)
 * @param csrfToken the session's CSRF token
 * @param session   what the session knows
 */
public record ActiveSession(String token, String csrfToken, LaunchSession session) {

    /** Validates the parts. */
    public ActiveSession {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(session, "session");
    }

    @Override
    public String toString() {
        return "launch session of " + session.subject() + " (secrets withheld)";
    }
}
