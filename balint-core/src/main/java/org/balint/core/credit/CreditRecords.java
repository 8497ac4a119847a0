package org.balint.core.credit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;

/**
 * Where a provider keeps its members' credit records: per group, member and kind of credit, the latest
 * decision with its explanation and the member's claim ({@link CreditRecord}). Implemented outside the
 * core (for example by a database adapter working in the caller's transaction).
 */
public interface CreditRecords {

    /**
     * Records {@code decision} as the member's latest for {@code group} and answers with the record now
     * kept. Recording a decision that says the same as the one already kept changes nothing (the answer
     * is the kept record, same revision); a different decision becomes the next revision.
     */
    CreditRecord record(GroupId group, CreditDecision decision, Instant decidedAt);

    /**
     * Records the member's claim against their recorded decision, or answers with the reason it cannot
     * be: {@code no-credit-decision-recorded} when no decision is kept for them, or
     * {@code claim-for-another-decision} when the claim was made against another decision.
     */
    Validated<CreditRecord> recordClaim(GroupId group, CreditClaim claim, Instant claimedAt);

    /** The record of {@code member}'s {@code type} credit in {@code group}, if a decision was recorded. */
    Optional<CreditRecord> find(GroupId group, MemberId member, CreditType type);

    /** Every record of {@code group}, by member and then kind of credit. */
    List<CreditRecord> ofGroup(GroupId group);
}
