package org.balint.core.certificate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.credit.AmaPraLabel;
import org.balint.core.credit.CreditAward;
import org.balint.core.credit.CreditType;
import org.balint.core.group.MemberId;

/**
 * A certificate issued to a member for a series: who, from which provider, for which activity (title,
 * format, dates), what is certified (credit claimed, sessions attended or hours attended) and of which
 * type, with the statements the accreditor requires. Issued by a {@link CertificateIssuer}, which only
 * issues from an eligible credit decision; kept as a record for the {@link RecordRetention} period.
 *
 * @param member     the member
 * @param memberName the member's name as printed
 * @param provider   the issuing provider
 * @param activity   the certified activity
 * @param type       the kind of credit certified
 * @param certified  what is certified: the credit claimed, the sessions attended, or the time attended
 * @param statements the statements printed on the certificate, as configured when it was issued
 * @param issuedAt   when it was issued
 */
public record Certificate(MemberId member, String memberName, Provider provider, Activity activity, CreditType type,
        CreditAward certified, List<String> statements, Instant issuedAt) {

    public Certificate {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(memberName, "memberName");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(certified, "certified");
        Objects.requireNonNull(issuedAt, "issuedAt");
        statements = List.copyOf(statements);
        if (type.isCreditBearing() != certified instanceof CreditAward.Credit) {
            throw new IllegalArgumentException("a certificate of " + type.label() + " cannot certify " + certified);
        }
    }

    /**
     * How the credit is labelled when reported toward the AMA Physician's Recognition Award: "Prescribed
     * credit" on AAFP certificates, empty on every other.
     */
    public Optional<AmaPraLabel> amaPraLabel() {
        return type.amaPraLabel();
    }

    @Override
    public String toString() {
        return type.label() + " for " + memberName + ": " + certified + ", " + activity.title() + " ("
                + activity.format().label() + ", " + activity.firstDate() + " to " + activity.lastDate() + "), "
                + provider;
    }
}
