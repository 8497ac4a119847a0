package org.balint.lti.protocol.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * What arrives at the tool's launch URL: the form fields {@code id_token} and {@code state}, and the
 * browser binding secret the login gave this browser (read from its cookie or platform storage).
 * Any of them may be missing; the processor says which.
 *
 * @param idToken        the {@code id_token} form field
 * @param state          the {@code state} form field
 * @param browserBinding the browser's login binding secret
 */
public record LaunchRequest(Optional<String> idToken, Optional<String> state, Optional<String> browserBinding) {

    /** Validates the arguments; blank values count as missing. */
    public LaunchRequest {
        idToken = Objects.requireNonNull(idToken, "idToken").filter(v -> !v.isBlank());
        state = Objects.requireNonNull(state, "state").filter(v -> !v.isBlank());
        browserBinding = Objects.requireNonNull(browserBinding, "browserBinding").filter(v -> !v.isBlank());
    }

    /** A request with all three values present. */
    public static LaunchRequest of(String idToken, String state, String browserBinding) {
        return new LaunchRequest(Optional.of(idToken), Optional.of(state), Optional.of(browserBinding));
    }
}
