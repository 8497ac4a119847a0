package org.balint.devplatform;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A service request the platform refuses: the HTTP status, a stable reason code and a sentence saying
 * what to do, plus the OAuth 2 error name for the token and registration endpoints and extra headers
 * (such as {@code Retry-After} or {@code WWW-Authenticate}). Thrown while a request is checked, before
 * anything is stored, and turned into a JSON answer by {@link JsonEndpoint}.
 */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final Violation violation;
    private final Optional<String> oauthError;
    private final Map<String, String> headers;

    Refusal(int status, String code, String message) {
        this(status, code, message, Optional.empty(), Map.of());
    }

    Refusal(int status, String code, String message, Optional<String> oauthError, Map<String, String> headers) {
        super(code + ": " + message, null, false, false);
        this.status = status;
        this.violation = new Violation(code, message);
        this.oauthError = Objects.requireNonNull(oauthError, "oauthError");
        this.headers = Map.copyOf(headers);
    }

    /** An RFC 6749 / RFC 7591 error: the {@code error} name next to the reason code. */
    static Refusal oauth(int status, String error, String code, String message) {
        return new Refusal(status, code, message, Optional.of(error), Map.of());
    }

    int status() {
        return status;
    }

    Violation violation() {
        return violation;
    }

    Optional<String> oauthError() {
        return oauthError;
    }

    Map<String, String> headers() {
        return headers;
    }
}
