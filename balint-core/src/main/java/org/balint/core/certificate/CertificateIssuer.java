package org.balint.core.certificate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.balint.core.credit.CreditAward;
import org.balint.core.credit.CreditClaim;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditType;
import org.balint.core.group.Member;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * Issues a provider's certificates. A certificate is only ever issued from an eligible credit decision:
 * from the member's {@link CreditClaim} for credit-bearing types (so it states the credit claimed,
 * which may be less than earned), or from the {@link CreditDecision.Eligible} decision itself for series
 * completion and certificates of attendance.
 */
public final class CertificateIssuer {

    private final Provider provider;
    private final CertificateStatements statements;
    private final Clock clock;

    /**
     * @param provider   the issuing provider
     * @param statements the statements the provider configured per kind of credit
     * @param clock      the clock that stamps the issue time
     */
    public CertificateIssuer(Provider provider, CertificateStatements statements, Clock clock) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.statements = Objects.requireNonNull(statements, "statements");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A certificate stating the credit {@code member} claimed for {@code activity}. */
    public Validated<Certificate> issue(Member member, Activity activity, CreditClaim claim) {
        Objects.requireNonNull(claim, "claim");
        return issue(member, activity, claim.decision(), new CreditAward.Credit(claim.claimed()));
    }

    /**
     * A certificate of series completion or of attendance for {@code member}. Credit-bearing decisions
     * are refused: the member claims their credit first ({@link CreditDecision.Eligible#claim}).
     */
    public Validated<Certificate> issue(Member member, Activity activity, CreditDecision.Eligible decision) {
        Objects.requireNonNull(decision, "decision");
        if (decision.type().isCreditBearing()) {
            return Validated.invalid(Violation.of("credit-not-claimed", "Member " + decision.member() + " has not"
                    + " claimed their " + decision.type().label() + ": record the claim (at most "
                    + decision.creditEarned() + ") before issuing the certificate."));
        }
        return issue(member, activity, decision, decision.award());
    }

    private Validated<Certificate> issue(Member member, Activity activity, CreditDecision.Eligible decision,
            CreditAward certified) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(activity, "activity");
        CreditType type = decision.type();
        List<Violation> problems = new ArrayList<>(2);
        if (!decision.member().equals(member.id())) {
            problems.add(Violation.of("certificate-for-another-member", "The decision is for member "
                    + decision.member() + ", not for " + member.name() + " (" + member.id()
                    + "): issue each member's certificate from their own decision."));
        }
        List<String> lines = statements.forType(type);
        if (type.isCreditBearing() && lines.isEmpty()) {
            problems.add(Violation.of("missing-certificate-statement", "No statements are configured for "
                    + type.label() + ": add the accreditor's required wording before issuing these certificates."));
        }
        return Validated.of(problems, () -> new Certificate(member.id(), member.name(), provider, activity, type,
                certified, lines, clock.instant()));
    }
}
