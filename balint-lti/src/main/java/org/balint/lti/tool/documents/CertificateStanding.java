package org.balint.lti.tool.documents;

import java.util.Objects;
import org.balint.core.certificate.Certificate;
import org.balint.core.credit.CreditClaim;

/**
 * Where a member's certificate stands: issued, ready to be issued when they download it, or not
 * available yet with the reason and what is still needed.
 */
public sealed interface CertificateStanding {

    /** The member has a certificate. */
    record Issued(Certificate certificate) implements CertificateStanding {
        /** Validates the part. */
        public Issued {
            Objects.requireNonNull(certificate, "certificate");
        }
    }

    /**
     * The member's recorded decision awards credit and still matches the attendance: the certificate is
     * issued, stating {@code claim}, the first time they download it.
     */
    record Issuable(CreditClaim claim) implements CertificateStanding {
        /** Validates the part. */
        public Issuable {
            Objects.requireNonNull(claim, "claim");
        }
    }

    /**
     * No certificate can be given now.
     *
     * @param code    the reason code
     * @param status  the HTTP status a download is refused with
     * @param message the reason and what is still needed, in a sentence for the member
     */
    record Unavailable(String code, int status, String message) implements CertificateStanding {
        /** Validates the parts. */
        public Unavailable {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
