package org.balint.core.group;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a person: an e-mail address (required; attendance imports match on it) and an
 * optional phone number.
 */
public final class ContactDetails {

    private final String email;
    private final String phone;

    private ContactDetails(String email, String phone) {
        this.email = Objects.requireNonNull(email, "email").strip();
        this.phone = Objects.requireNonNull(phone, "phone").strip();
        if (!looksLikeEmail(this.email)) {
            throw new IllegalArgumentException("not an e-mail address: " + email);
        }
    }

    public static ContactDetails email(String email) {
        return new ContactDetails(email, "");
    }

    public static ContactDetails emailAndPhone(String email, String phone) {
        return new ContactDetails(email, phone);
    }

    /** Whether {@code text} has the shape local@domain (used by validators before constructing). */
    public static boolean looksLikeEmail(String text) {
        int at = text.indexOf('@');
        return at > 0 && at == text.lastIndexOf('@') && at < text.length() - 1
                && text.chars().noneMatch(Character::isWhitespace);
    }

    public String email() {
        return email;
    }

    /** The address in lower case, the form used to match people across systems. */
    public String normalizedEmail() {
        return email.toLowerCase(java.util.Locale.ROOT);
    }

    public Optional<String> phone() {
        return phone.isEmpty() ? Optional.empty() : Optional.of(phone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactDetails other && email.equals(other.email) && phone.equals(other.phone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, phone);
    }

    @Override
    public String toString() {
        return phone.isEmpty() ? email : email + ", " + phone;
    }
}
