/**
 * Continuing-education credit: what each member of a Balint group earns for the series, per
 * accreditation, with every rule met or unmet explained.
 *
 * <h2>Policies are data</h2>
 * A {@link org.balint.core.credit.CreditPolicy} is one accreditor's rule with the parameters a group
 * chose; each has a preset with the usual defaults and {@code with…} methods to adjust any parameter:
 * <ul>
 *   <li>{@link org.balint.core.credit.AafpPrescribedPolicy}: per session, formal minutes attended (the
 *       group's non-educational windows excluded) ÷ 60, to the nearest quarter hour, capped at the
 *       session's approved credit and the per-session maximum (3.75), summed over the series; reported
 *       toward the AMA PRA as {@link org.balint.core.credit.AmaPraLabel#PRESCRIBED_CREDIT}, never as
 *       Category 1.</li>
 *   <li>{@link org.balint.core.credit.ApaCePolicy}: one whole credit per full 60-minute block of
 *       instructional time in which the member missed no more than 15 consecutive minutes; a completed
 *       evaluation is required.</li>
 *   <li>{@link org.balint.core.credit.SeriesCompletionPolicy}: at least 6 of 8 sessions attended, a
 *       session counting when the member was present for 75 % of it.</li>
 *   <li>{@link org.balint.core.credit.AttendanceCertificatePolicy}: the hours attended, no credit.</li>
 * </ul>
 * A group's {@link org.balint.core.credit.CreditProgramme} lists the policies it holds; which of them
 * a member is offered follows the member's profession ({@link org.balint.core.credit.CreditOffer}).
 *
 * <h2>Prepare once, evaluate every member</h2>
 * {@code prepare(schedule)} checks a policy's parameters against the group's schedule, answering with
 * every impossible parameter, and works out each session's terms once. The prepared policy then
 * evaluates members cheaply from their {@link org.balint.core.attendance.SessionAttendance} records and
 * the plain fact of whether they completed the evaluation ({@link org.balint.core.credit.EvaluationCompletion}).
 *
 * <h2>Decisions with reasons</h2>
 * A {@link org.balint.core.credit.CreditDecision} is {@code Eligible} with a
 * {@link org.balint.core.credit.CreditAward}, or {@code NotEligible} with every unmet reason. Both list
 * every {@link org.balint.core.credit.RuleOutcome} with the {@link org.balint.core.credit.SessionFinding}s
 * (sessions and minutes) behind it; the sentences are written when asked for. A member may claim less
 * credit than earned ({@link org.balint.core.credit.CreditClaim}); a claim above it is refused. Credit
 * amounts are exact {@link org.balint.core.credit.CreditHours}, kept in quarter hours.
 *
 * <h2>Keeping the record</h2>
 * A {@link org.balint.core.credit.CreditRecord} is what a provider keeps of a member's credit in one
 * group for one kind of credit: the latest decision written out in full (every rule with its sentence,
 * every session with the minutes that counted, the series end), a revision number that goes up only
 * when a different decision is recorded, and the member's claim beside the credit earned. Records live
 * behind the {@link org.balint.core.credit.CreditRecords} port, which adapters outside the core
 * implement.
 *
 * <h2>Reporting completion to accreditors</h2>
 * A member decides whether the provider may report their completion (name, date, credit) to an
 * accreditor's learner reporting such as ACCME's PARS: a
 * {@link org.balint.core.credit.CompletionSharingConsent}, kept behind the
 * {@link org.balint.core.credit.CompletionSharingConsents} port. Only members who agreed are reported;
 * no answer counts as no.
 */
package org.balint.core.credit;
