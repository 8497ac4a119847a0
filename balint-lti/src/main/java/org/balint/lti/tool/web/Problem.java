package org.balint.lti.tool.web;

import java.util.Objects;

/**
 * A refusal as the client sees it, also the JSON body of a refusal.
 *
 * @param code    the stable lower-case hyphenated reason code
 * @param status  the HTTP status
 * @param message what is wrong and what to do next
 */
public record Problem(String code, int status, String message) {

    /** Validates the arguments. */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem has a 4xx or 5xx status: " + status);
        }
    }
}
