package org.balint.core.credit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.MemberId;

/**
 * Everything one member gets for a series: for each kind of credit whether it is offered to them and
 * why, and a decision for each kind that is.
 *
 * @param member    the member
 * @param offers    one entry per {@link CreditType}, in declaration order
 * @param decisions one decision per offered kind of credit, in the same order
 */
public record CreditStatement(MemberId member, List<CreditOffer> offers, List<CreditDecision> decisions) {

    public CreditStatement {
        Objects.requireNonNull(member, "member");
        offers = List.copyOf(offers);
        decisions = List.copyOf(decisions);
    }

    /** The decision for {@code type}; empty when that credit is not offered to the member. */
    public Optional<CreditDecision> decision(CreditType type) {
        return decisions.stream().filter(decision -> decision.type() == type).findFirst();
    }

    /** Why {@code type} is or is not offered to the member. */
    public CreditOffer offer(CreditType type) {
        return offers.stream().filter(offer -> offer.type() == type).findFirst()
                .orElseThrow(() -> new IllegalStateException("a statement covers every credit type"));
    }

    /** The decisions that found the member eligible. */
    public List<CreditDecision.Eligible> eligible() {
        return decisions.stream().filter(CreditDecision.Eligible.class::isInstance)
                .map(CreditDecision.Eligible.class::cast).toList();
    }
}
