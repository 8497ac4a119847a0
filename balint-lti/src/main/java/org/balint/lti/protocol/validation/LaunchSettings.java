package org.balint.lti.protocol.validation;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.balint.lti.protocol.message.LtiMessageType;

/**
 * Tunable limits of launch validation.
 *
 * @param clockSkew             tolerance for {@code exp}, {@code iat} and {@code nbf} against the clock
 * @param maxTokenLength        the longest id_token accepted, in characters
 * @param supportedMessageTypes the message types the tool handles
 */
public record LaunchSettings(Duration clockSkew, int maxTokenLength, Set<LtiMessageType> supportedMessageTypes) {

    /** Validates the arguments: a skew between zero and five minutes, a positive size, at least one type. */
    public LaunchSettings {
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("clockSkew must be between zero and five minutes");
        }
        if (maxTokenLength < 1024) {
            throw new IllegalArgumentException("maxTokenLength must be at least 1024 characters");
        }
        supportedMessageTypes = Set.copyOf(Objects.requireNonNull(supportedMessageTypes, "supportedMessageTypes"));
        if (supportedMessageTypes.isEmpty()) {
            throw new IllegalArgumentException("At least one message type must be supported");
        }
    }

    /** 30 s skew, 32 768-character tokens (real ones are 4–6 KB), resource links and deep linking. */
    public static LaunchSettings defaults() {
        return new LaunchSettings(Duration.ofSeconds(30), 32_768, EnumSet.allOf(LtiMessageType.class));
    }
}
