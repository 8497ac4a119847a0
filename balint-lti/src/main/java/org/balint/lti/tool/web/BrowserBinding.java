package org.balint.lti.tool.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The cookie that binds a login to the browser that started it. Its name carries the login's state,
 * so parallel launches in one browser each keep their own; its value is the login's browser secret.
 */
final class BrowserBinding {

    /** The prefix of every binding cookie's name; the login's state follows it. */
    static final String PREFIX = "balint-lti-login-";
    private static final String PATH = "/lti";

    private BrowserBinding() {
    }

    /**
     * The {@code Set-Cookie} value for a new login.
     *
     * @param secure {@code SameSite=None; Secure} (https) or {@code SameSite=Lax} (plain http)
     */
    static String issue(String state, String secret, Instant expiresAt, Instant now, boolean secure) {
        long maxAge = Math.max(1, Duration.between(now, expiresAt).getSeconds());
        return PREFIX + state + "=" + secret + "; Path=" + PATH + "; Max-Age=" + maxAge + "; HttpOnly"
                + (secure ? "; Secure; SameSite=None" : "; SameSite=Lax");
    }

    /** The {@code Set-Cookie} value that removes the cookie of a finished login. */
    static String clear(String state, boolean secure) {
        return PREFIX + state + "=; Path=" + PATH + "; Max-Age=0; HttpOnly"
                + (secure ? "; Secure; SameSite=None" : "; SameSite=Lax");
    }

    /**
     * The browser secret for this state, if the browser sent its cookie.
     *
     * @param cookieValue the value of the request's cookie with a given name, if sent
     */
    static Optional<String> read(Function<String, Optional<String>> cookieValue, Optional<String> state) {
        return state.filter(BrowserBinding::isCookieName).flatMap(s -> cookieValue.apply(PREFIX + s));
    }

    /** States are base64url secrets; anything else cannot name a cookie of ours. */
    private static boolean isCookieName(String state) {
        return !state.isEmpty() && state.length() <= 128 && state.chars().allMatch(c ->
                c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_');
    }
}
