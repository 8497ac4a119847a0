package org.balint.lti.tool.deeplinking;

import java.util.Objects;

/**
 * A content-picker session in force, with the two secrets its page carries: the session token and
 * the CSRF token every form post must echo.
 *
 * @param token     the session's token (256 random bits, base64url); only its SHA-256 is stored
 * @param csrfToken the session's CSRF token
 * @param context   the deep-linking request's context
 */
public record ActiveDeepLink(String token, String csrfToken, DeepLinkContext context) {

    /** Validates the parts. */
    public ActiveDeepLink {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(context, "context");
    }

    @Override
    public String toString() {
        return "content-picker session of " + context.subject() + " (secrets withheld)";
    }
}
