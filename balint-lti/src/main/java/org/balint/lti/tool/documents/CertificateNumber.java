package org.balint.lti.tool.documents;

import java.util.Locale;
import java.util.Objects;
import org.balint.core.certificate.Certificate;
import org.balint.core.group.GroupId;
import org.balint.lti.tool.placement.Digests;

/**
 * The number printed on a certificate, by which a provider or an accreditor finds it again:
 * {@code BLT-} and 16 hexadecimal digits in groups of four, derived from the group, the member, the kind
 * of credit and the issue time. The same certificate always has the same number; it reveals nothing
 * about the member.
 *
 * @param value the number, e.g. {@code BLT-3F2A-09C1-77D0-1B2E}
 */
public record CertificateNumber(String value) {

    /** Validates the form of the number. */
    public CertificateNumber {
        Objects.requireNonNull(value, "value");
        if (!value.matches("BLT(-[0-9A-F]{4}){4}")) {
            throw new IllegalArgumentException("not a certificate number: " + value);
        }
    }

    /** The number of {@code certificate}, issued for {@code group}'s series. */
    public static CertificateNumber of(GroupId group, Certificate certificate) {
        String hex = Digests.sha256Hex(group.value(), certificate.member().value(), certificate.type().name(),
                certificate.issuedAt().toString()).substring(0, 16).toUpperCase(Locale.ROOT);
        return new CertificateNumber("BLT-" + hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12)
                + "-" + hex.substring(12, 16));
    }

    @Override
    public String toString() {
        return value;
    }
}
