package org.balint.lti.protocol.message;

import java.util.Objects;
import java.util.Optional;

/**
 * The launching user as the platform identifies them. Only the subject is guaranteed; names, e-mail
 * and picture depend on the platform's privacy settings (Canvas's privacy level, Moodle's tool
 * configuration).
 *
 * @param subject    the platform's stable, opaque user id ({@code sub}); unique per issuer
 * @param name       full name
 * @param givenName  given name
 * @param familyName family name
 * @param email      e-mail address
 * @param picture    picture URL, as sent
 * @param locale     the user's locale, as sent (e.g. {@code en}, {@code de-CH})
 */
public record LtiUser(String subject, Optional<String> name, Optional<String> givenName,
        Optional<String> familyName, Optional<String> email, Optional<String> picture,
        Optional<String> locale) {

    /** Validates the arguments. */
    public LtiUser {
        Texts.requireText(subject, "subject");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(locale, "locale");
    }

    /** The best name to show: the full name, else given and family name, else the subject. */
    public String displayName() {
        if (name.isPresent()) {
            return name.get();
        }
        String joined = (givenName.orElse("") + " " + familyName.orElse("")).trim();
        return joined.isEmpty() ? subject : joined;
    }
}
