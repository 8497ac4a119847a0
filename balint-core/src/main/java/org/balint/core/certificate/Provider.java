package org.balint.core.certificate;

import java.util.Objects;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * The organisation that runs the series and issues its certificates, named as the accreditors know it
 * (for example "Riverside Family Medicine Residency, Office of CME").
 */
public record Provider(String name) {

    public Provider {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a provider needs a name");
        }
    }

    /** The provider named {@code name}, or the reason it cannot be. */
    public static Validated<Provider> named(String name) {
        return name.isBlank()
                ? Validated.invalid(Violation.of("provider-name-missing",
                        "The provider has no name: enter it as it appears on the accreditation."))
                : Validated.valid(new Provider(name));
    }

    @Override
    public String toString() {
        return name;
    }
}
