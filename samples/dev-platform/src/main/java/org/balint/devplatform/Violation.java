package org.balint.devplatform;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing wrong with a request or a configuration: a stable reason code (lower case, hyphenated,
 * e.g. {@code redirect-uri-not-registered}) and a sentence saying what is wrong and what to do.
 *
 * <p>The platform always reports every violation it finds, never only the first.
 *
 * @param code    stable, lower-case hyphenated reason code
 * @param message human sentence for the developer reading the page or the log
 */
public record Violation(String code, String message) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Checks that the code is lower-case hyphenated and the message is not blank. */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A reason code is lower-case and hyphenated: " + code);
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("A violation needs a message: " + code);
        }
    }
}
