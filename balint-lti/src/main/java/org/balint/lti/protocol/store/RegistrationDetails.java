package org.balint.lti.protocol.store;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.balint.lti.protocol.platform.PlatformRegistration;

/**
 * A platform registration as an administrator describes it: what the launch needs, plus what only
 * people and service calls need.
 *
 * @param registration  issuer, client_id, endpoints and deployments
 * @param tokenAudience the {@code aud} the platform expects in the tool's client assertions for its
 *                      token endpoint, when it is not the token endpoint URL itself
 * @param label         a name for people ("Moodle of the medical school")
 * @param preset        how the endpoints were chosen: {@code custom}, {@code configuration},
 *                      {@code moodle}, {@code canvas-production} and the like
 */
public record RegistrationDetails(PlatformRegistration registration, Optional<String> tokenAudience, String label,
        String preset) {

    /** The longest issuer, client_id, deployment id and label stored. */
    public static final int MAX_IDENTIFIER_LENGTH = 255;
    /** The longest endpoint URL or token audience stored. */
    public static final int MAX_URL_LENGTH = 2000;
    /** The longest preset name stored. */
    public static final int MAX_PRESET_LENGTH = 32;

    /** Validates the arguments against what the tables can hold. */
    public RegistrationDetails {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(tokenAudience, "tokenAudience");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(preset, "preset");
        limit(registration.issuer(), MAX_IDENTIFIER_LENGTH, "issuer");
        limit(registration.clientId(), MAX_IDENTIFIER_LENGTH, "clientId");
        limit(registration.authorizationEndpoint(), "authorizationEndpoint");
        limit(registration.tokenEndpoint(), "tokenEndpoint");
        limit(registration.jwksUri(), "jwksUri");
        registration.deploymentIds().forEach(d -> limit(d, MAX_IDENTIFIER_LENGTH, "deployment id"));
        tokenAudience.ifPresent(a -> {
            limit(a, MAX_URL_LENGTH, "tokenAudience");
            if (a.isBlank()) {
                throw new IllegalArgumentException("tokenAudience must not be blank");
            }
        });
        if (label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
        limit(label, MAX_IDENTIFIER_LENGTH, "label");
        if (!preset.matches("[a-z0-9]+(-[a-z0-9]+)*") || preset.length() > MAX_PRESET_LENGTH) {
            throw new IllegalArgumentException("preset must be a short lower-case hyphenated name: " + preset);
        }
    }

    /** The issuer. */
    public String issuer() {
        return registration.issuer();
    }

    /** The client_id. */
    public String clientId() {
        return registration.clientId();
    }

    private static void limit(URI value, String what) {
        limit(value.toString(), MAX_URL_LENGTH, what);
    }

    private static void limit(String value, int max, String what) {
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
    }
}
