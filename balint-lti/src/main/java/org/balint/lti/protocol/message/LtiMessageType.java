package org.balint.lti.protocol.message;

import java.util.Arrays;
import java.util.Optional;

/** The LTI message types this protocol core accepts as launches. */
public enum LtiMessageType {
    /** A user opens a resource link placed in a course ({@code LtiResourceLinkRequest}). */
    RESOURCE_LINK("LtiResourceLinkRequest"),
    /** An instructor asks the tool for content to place in the course ({@code LtiDeepLinkingRequest}). */
    DEEP_LINKING("LtiDeepLinkingRequest");

    private final String claimValue;

    LtiMessageType(String claimValue) {
        this.claimValue = claimValue;
    }

    /** The value of the message_type claim, e.g. {@code LtiResourceLinkRequest}. */
    public String claimValue() {
        return claimValue;
    }

    /** The type whose claim value is exactly {@code value}, if any. */
    public static Optional<LtiMessageType> fromClaim(String value) {
        return Arrays.stream(values()).filter(t -> t.claimValue.equals(value)).findFirst();
    }
}
