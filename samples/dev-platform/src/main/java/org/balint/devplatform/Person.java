package org.balint.devplatform;

import java.util.Objects;
import java.util.Optional;

/**
 * Someone who can be launched into the tool: the {@code sub} of the id_token, the names and e-mail
 * address the platform may share, and the role they hold in every course of the roster.
 *
 * @param id         stable user id sent as {@code sub} and as {@code login_hint}
 * @param givenName  given name, sent as {@code given_name} when names are shared
 * @param familyName family name, sent as {@code family_name} when names are shared
 * @param email      e-mail address, sent as {@code email} when e-mail is shared and one is known
 * @param role       the role held in every course
 */
public record Person(String id, String givenName, String familyName, Optional<String> email, Role role) {

    /** Requires every component; an absent e-mail address is {@code Optional.empty()}. */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
    }

    /** Someone with an e-mail address. */
    public static Person of(String id, String givenName, String familyName, String email, Role role) {
        return new Person(id, givenName, familyName, Optional.of(email), role);
    }

    /** The full name, given name first, as sent in the {@code name} claim. */
    public String name() {
        return givenName + " " + familyName;
    }
}
