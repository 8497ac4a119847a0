package org.balint.lti.protocol.services.roster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One member of a context.
 *
 * @param userId     the platform's user id, the {@code sub} of this user's launches
 * @param roles      the member's roles as sent (full URIs or, as Moodle sends them, short names)
 * @param status     active, inactive or deleted
 * @param name       the full name, if the platform shares it
 * @param givenName  the given name, if shared
 * @param familyName the family name, if shared
 * @param email      the email address, if shared
 */
public record Member(String userId, List<String> roles, MemberStatus status, Optional<String> name,
        Optional<String> givenName, Optional<String> familyName, Optional<String> email) {

    /** Validates the arguments and copies the roles. */
    public Member {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("A member needs a user id");
        }
        roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(email, "email");
    }
}
