package org.balint.lti.tool.platform;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.certificate.CertificateStatements;
import org.balint.core.certificate.Provider;

/**
 * A platform's accreditation configuration as the core models it: the provider that issues the
 * certificates and the statements each kind of credit's certificate carries.
 *
 * @param provider   the provider, named as the accreditors know it
 * @param statements the statements per kind of credit, in print order
 * @param updatedAt  when it was last saved; empty for a configuration not saved yet
 */
public record Accreditation(Provider provider, CertificateStatements statements, Optional<Instant> updatedAt) {

    /** Validates the parts. */
    public Accreditation {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
