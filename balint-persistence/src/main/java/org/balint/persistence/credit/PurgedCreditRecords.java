package org.balint.persistence.credit;

/**
 * What a retention purge deleted of one tenant's credit records.
 *
 * @param decisions the credit decisions deleted, each with its explanation
 * @param claims    how many of them held a member's claim, deleted with them
 */
public record PurgedCreditRecords(int decisions, int claims) {

    public PurgedCreditRecords {
        if (decisions < 0 || claims < 0 || claims > decisions) {
            throw new IllegalArgumentException("impossible purge counts: " + decisions + " decisions, " + claims + " claims");
        }
    }
}
