package org.balint.core.credit;

/**
 * The rules credit policies apply, each with a stable code for the rule and a stable reason code for
 * when a member does not meet it. A {@link RuleOutcome} says whether one member met one rule.
 */
public enum CreditRule {
    /** The credit is offered to the member's profession. */
    OFFERED_TO_PROFESSION("offered-to-profession", "not-offered-to-profession"),
    /** AAFP: credit comes from the formal interaction time attended, per session, in quarter hours. */
    FORMAL_TIME_ATTENDED("formal-time-attended", "no-formal-time-attended"),
    /** AAFP: a session earns no more than the credit approved for it. Limits credit; never denies it. */
    APPROVED_CREDIT_CAP("approved-credit-cap", "approved-credit-cap-exceeded"),
    /** AAFP: a session earns no more than the per-session maximum. Limits credit; never denies it. */
    PER_SESSION_MAXIMUM("per-session-maximum", "per-session-maximum-exceeded"),
    /** APA: one whole credit per full instructional hour attended without a long gap. */
    FULL_HOURS_ATTENDED("full-hours-attended", "no-full-hour-attended"),
    /** Series completion: enough sessions attended for enough of their scheduled time. */
    SESSIONS_ATTENDED("sessions-attended", "too-few-sessions-attended"),
    /** Certificate of attendance: some scheduled time attended. */
    TIME_ATTENDED("time-attended", "no-time-attended"),
    /** The member completed the series evaluation (only where the policy requires it). */
    EVALUATION_COMPLETED("evaluation-completed", "evaluation-not-completed");

    private final String code;
    private final String unmetCode;

    CreditRule(String code, String unmetCode) {
        this.code = code;
        this.unmetCode = unmetCode;
    }

    /** The rule's stable, hyphenated name, e.g. {@code formal-time-attended}. */
    public String code() {
        return code;
    }

    /** The stable reason code reported when a member does not meet the rule. */
    public String unmetCode() {
        return unmetCode;
    }
}
