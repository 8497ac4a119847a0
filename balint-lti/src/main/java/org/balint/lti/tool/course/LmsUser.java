package org.balint.lti.tool.course;

import java.util.Objects;
import java.util.Optional;
import org.balint.lti.protocol.message.LtiUser;
import org.balint.lti.protocol.message.PlatformDeployment;

/**
 * An LMS user as Balint knows them: the platform registration (issuer and client_id), the
 * platform's opaque user id, and only the name and e-mail address the platform chose to send.
 *
 * @param issuer   the platform's issuer
 * @param clientId the tool's client_id at that platform
 * @param subject  the platform's user id ({@code sub})
 * @param name     the full name, if sent
 * @param email    the e-mail address, if sent
 */
public record LmsUser(String issuer, String clientId, String subject, Optional<String> name, Optional<String> email) {

    /** Longest name kept (column size). */
    static final int MAX_NAME = 200;
    /** Longest e-mail address kept (column size; RFC 5321 path limit). */
    static final int MAX_EMAIL = 254;

    /** Validates the parts; a blank or over-long name or address counts as not sent. */
    public LmsUser {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("a user id cannot be blank");
        }
        name = Objects.requireNonNull(name, "name").map(String::strip).filter(n -> !n.isEmpty() && n.length() <= MAX_NAME);
        email = Objects.requireNonNull(email, "email").map(String::strip).filter(e -> !e.isEmpty() && e.length() <= MAX_EMAIL);
    }

    /** The launching user of {@code deployment}, with the name and address the platform sent. */
    public static LmsUser of(PlatformDeployment deployment, LtiUser user) {
        Optional<String> name = user.name().or(() -> {
            String joined = (user.givenName().orElse("") + " " + user.familyName().orElse("")).strip();
            return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
        });
        return new LmsUser(deployment.issuer(), deployment.clientId(), user.subject(), name, user.email());
    }

    /** The SHA-256 of registration and subject, as the store's primary key. */
    String digest() {
        return Digests.sha256Hex(issuer, clientId, subject);
    }
}
