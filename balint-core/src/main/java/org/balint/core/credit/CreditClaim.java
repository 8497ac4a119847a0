package org.balint.core.credit;

import java.util.Objects;
import org.balint.core.group.MemberId;

/**
 * The credit a member claims for a series, beside the credit they earned. A member may claim less than
 * they earned (only what matches their participation); both amounts are kept. Made by
 * {@link CreditDecision.Eligible#claim(CreditHours)}, which refuses a claim above what was earned.
 *
 * @param decision the eligible decision the claim is based on
 * @param claimed  the credit claimed
 */
public record CreditClaim(CreditDecision.Eligible decision, CreditHours claimed) {

    public CreditClaim {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(claimed, "claimed");
        if (!decision.type().isCreditBearing() || claimed.isZero() || claimed.exceeds(decision.creditEarned())
                || decision.type() == CreditType.APA_CE && !claimed.isWhole()) {
            throw new IllegalArgumentException("a claim of " + claimed + " does not fit " + decision
                    + "; use CreditDecision.Eligible.claim to get the reasons");
        }
    }

    public MemberId member() {
        return decision.member();
    }

    public CreditType type() {
        return decision.type();
    }

    public CreditHours earned() {
        return decision.creditEarned();
    }

    @Override
    public String toString() {
        return "member " + member() + " claims " + claimed + " of " + earned() + " " + type().label() + " earned";
    }
}
