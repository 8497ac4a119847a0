package org.balint.lti.protocol.validation;

import java.net.URI;
import java.util.Objects;

/**
 * The platform's key set could not be fetched, so the launch could not be checked. Not the user's
 * fault and possibly temporary: answer 503 and let them retry.
 *
 * @param issuer  the platform
 * @param jwksUri the key-set URL that failed
 * @param cause   a short technical description of the failure, for logs
 */
public record PlatformUnreachable(String issuer, URI jwksUri, String cause) implements LaunchProblem {

    /** The reason code of every unreachable-platform problem. */
    public static final String CODE = "platform-unreachable";

    /** Validates the arguments. */
    public PlatformUnreachable {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(jwksUri, "jwksUri");
        Objects.requireNonNull(cause, "cause");
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String message() {
        return "The signing keys of the platform '" + issuer + "' could not be fetched from " + jwksUri
                + ", so the launch could not be checked. Try the launch again in a minute; if it keeps failing, "
                + "ask the tool's administrator to check the platform's key-set URL.";
    }

    @Override
    public int httpStatus() {
        return 503;
    }
}
