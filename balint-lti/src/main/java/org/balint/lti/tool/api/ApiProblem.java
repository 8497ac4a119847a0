package org.balint.lti.tool.api;

import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON body of every refusal of the API.
 *
 * @param code    the stable lower-case hyphenated reason code
 * @param message what is wrong and what to do next
 */
@Schema(name = "Problem", description = "Why a call was refused and what to do next.")
public record ApiProblem(
        @Schema(description = "Stable reason code, kebab-case.", examples = "session-expired") String code,
        @Schema(description = "What is wrong and what to do next.") String message) {

    /** Validates the parts. */
    public ApiProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (code.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a code and a message");
        }
    }
}
