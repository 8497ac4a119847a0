package org.balint.lti.protocol.services.token;

import java.util.Objects;
import java.util.Optional;

/** No access token: the reason code, what the platform said (if anything), and what to do next. */
public final class TokenRequestFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TokenProblem problem;
    private final int httpStatus;
    private final String platformError;
    private final String platformDescription;

    TokenRequestFailed(TokenProblem problem, String detail, int httpStatus, Optional<String> platformError,
            Optional<String> platformDescription, Throwable cause) {
        super(problem.advice() + " (" + detail + ")", cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.httpStatus = httpStatus;
        this.platformError = platformError.orElse("");
        this.platformDescription = platformDescription.orElse("");
    }

    /** The reason. */
    public TokenProblem problem() {
        return problem;
    }

    /** The reason code, e.g. {@code token-endpoint-refused}. */
    public String code() {
        return problem.code();
    }

    /** The token endpoint's HTTP status, if it answered. */
    public Optional<Integer> httpStatus() {
        return httpStatus == 0 ? Optional.empty() : Optional.of(httpStatus);
    }

    /** The OAuth {@code error} code the platform sent, e.g. {@code invalid_client}. */
    public Optional<String> platformError() {
        return platformError.isEmpty() ? Optional.empty() : Optional.of(platformError);
    }

    /** The platform's {@code error_description}, if it sent one. */
    public Optional<String> platformDescription() {
        return platformDescription.isEmpty() ? Optional.empty() : Optional.of(platformDescription);
    }
}
