package org.balint.core.credit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.group.Discipline;
import org.balint.core.group.Member;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * The shared shape of every prepared policy: check the member's attendance records, count per session
 * what the policy counts, decide, and explain on demand. Subclasses hold the per-session terms of one
 * accreditor's rule, worked out once per group.
 */
abstract sealed class PolicyEvaluator implements PreparedCreditPolicy, SessionGrid.SessionCounter
        permits AafpEvaluator, ApaEvaluator, SeriesCompletionEvaluator, AttendanceEvaluator {

    final SessionGrid grid;
    private final CreditPolicy policy;
    private final boolean[] offered = new boolean[Discipline.values().length];

    PolicyEvaluator(CreditPolicy policy, SessionGrid grid) {
        this.policy = policy;
        this.grid = grid;
        policy.offeredTo().forEach(discipline -> offered[discipline.ordinal()] = true);
    }

    /** {@code policy} prepared for {@code schedule}, or every problem with either. */
    static Validated<PreparedCreditPolicy> prepare(CreditPolicy policy, List<ScheduledSession> schedule) {
        Validated<SessionGrid> grid = SessionGrid.of(schedule);
        List<Violation> problems = new ArrayList<>(grid.violations());
        problems.addAll(problemsOf(policy, grid instanceof Validated.Valid<SessionGrid> valid
                ? Optional.of(valid.value()) : Optional.empty()));
        return Validated.of(problems, () -> build(policy, grid.orElseThrow()));
    }

    /**
     * Every impossible parameter of {@code policy}; the checks that need the schedule run only when it
     * is known to be sound.
     */
    static List<Violation> problemsOf(CreditPolicy policy, Optional<SessionGrid> grid) {
        var problems = new ArrayList<Violation>();
        if (policy.offeredTo().isEmpty()) {
            problems.add(Violation.of("offered-to-nobody", Wording.capitalised(policy.type().label())
                    + " is offered to no profession: name at least one profession that can earn it."));
        }
        if (policy instanceof AafpPrescribedPolicy aafp) {
            AafpEvaluator.check(aafp, grid, problems);
        } else if (policy instanceof ApaCePolicy apa) {
            ApaEvaluator.check(apa, grid, problems);
        } else if (policy instanceof SeriesCompletionPolicy series) {
            SeriesCompletionEvaluator.check(series, grid, problems);
        }
        return problems;
    }

    /** {@code policy} prepared for {@code grid}; only called once {@link #problemsOf} found nothing. */
    static PolicyEvaluator build(CreditPolicy policy, SessionGrid grid) {
        if (policy instanceof AafpPrescribedPolicy aafp) {
            return new AafpEvaluator(aafp, grid);
        } else if (policy instanceof ApaCePolicy apa) {
            return new ApaEvaluator(apa, grid);
        } else if (policy instanceof SeriesCompletionPolicy series) {
            return new SeriesCompletionEvaluator(series, grid);
        } else if (policy instanceof AttendanceCertificatePolicy attendance) {
            return new AttendanceEvaluator(attendance, grid);
        }
        throw new IllegalStateException("no evaluator for " + policy);
    }

    @Override
    public final CreditPolicy policy() {
        return policy;
    }

    @Override
    public final List<ScheduledSession> schedule() {
        return grid.sessions();
    }

    @Override
    public final boolean isOfferedTo(Profession profession) {
        return offered[profession.discipline().ordinal()];
    }

    @Override
    public final Validated<CreditDecision> evaluate(Member member, Collection<SessionAttendance> attendance,
            EvaluationCompletion evaluation) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(evaluation, "evaluation");
        int[] counted = newTally();
        List<Violation> problems = grid.check(member.id(), attendance, this, counted);
        return problems.isEmpty() ? Validated.valid(decide(member, counted, evaluation))
                : Validated.invalid(problems);
    }

    /** The decision for attendance already checked by {@link SessionGrid#problemsWith}. */
    final CreditDecision decide(Member member, Collection<SessionAttendance> attendance,
            EvaluationCompletion evaluation) {
        int[] counted = newTally();
        for (SessionAttendance record : attendance) {
            count(counted, grid.positionOf(record.session()), record.presence());
        }
        return decide(member, counted, evaluation);
    }

    private CreditDecision decide(Member member, int[] counted, EvaluationCompletion evaluation) {
        CreditAward attained = attained(counted);
        boolean eligible = isOfferedTo(member.profession()) && attendanceSuffices(attained)
                && (!policy.evaluationRequired() || evaluation.isCompleted());
        var evidence = new CreditEvidence(this, member.id(), member.profession(), evaluation, counted, attained,
                eligible);
        return eligible ? new CreditDecision.Eligible(member.id(), policy.type(), attained, evidence)
                : new CreditDecision.NotEligible(member.id(), policy.type(), evidence);
    }

    /** An empty tally: per session (and per block, where the rule needs it) what the policy counts. */
    abstract int[] newTally();

    /** Counts the member's {@code presence} in the session at {@code position} into the tally. */
    @Override
    public abstract void count(int[] counted, int position, List<PresenceInterval> presence);

    /** What the counted attendance amounts to. */
    abstract CreditAward attained(int[] counted);

    /** Whether what the attendance amounts to meets the policy's attendance rule. */
    abstract boolean attendanceSuffices(CreditAward attained);

    /** The outcomes of the policy's attendance rules, with their sessions. */
    abstract List<RuleOutcome> attendanceRules(CreditEvidence evidence);

    /** Per scheduled session, what the attendance counted for. */
    abstract List<SessionFinding> findings(CreditEvidence evidence);

    /** Every rule of the policy for one member: who it is offered to, attendance, evaluation. */
    final List<RuleOutcome> rules(CreditEvidence evidence) {
        var outcomes = new ArrayList<RuleOutcome>(5);
        outcomes.add(offeredOutcome(evidence.profession()));
        outcomes.addAll(attendanceRules(evidence));
        if (policy.evaluationRequired()) {
            outcomes.add(evaluationOutcome(evidence.evaluation()));
        }
        return List.copyOf(outcomes);
    }

    private RuleOutcome offeredOutcome(Profession profession) {
        return new RuleOutcome(CreditRule.OFFERED_TO_PROFESSION, isOfferedTo(profession), offerExplanation(profession),
                List.of());
    }

    /** Why this credit is, or is not, offered to a member of {@code profession}. */
    final String offerExplanation(Profession profession) {
        String label = policy.type().label();
        String member = "this member is " + Wording.article(profession.toString()) + ".";
        if (isOfferedTo(profession)) {
            return "The group offers " + label + " to " + Wording.disciplines(policy.offeredTo()) + "; " + member;
        }
        return "The group offers " + label + " to " + Wording.disciplines(policy.offeredTo()) + " only; " + member;
    }

    private RuleOutcome evaluationOutcome(EvaluationCompletion evaluation) {
        String label = policy.type().label();
        return evaluation.isCompleted()
                ? new RuleOutcome(CreditRule.EVALUATION_COMPLETED, true,
                        "The member completed the series evaluation, which " + label + " requires.", List.of())
                : new RuleOutcome(CreditRule.EVALUATION_COMPLETED, false, Wording.capitalised(label)
                        + " is released only after the series evaluation is completed: complete the evaluation.",
                        List.of());
    }

    /** Whole minutes of {@code presence} within {@code [from, to)}, both epoch seconds on whole minutes. */
    static long minutesWithin(List<PresenceInterval> presence, long fromSecond, long toSecond) {
        long seconds = 0;
        for (int k = 0, size = presence.size(); k < size; k++) {
            PresenceInterval interval = presence.get(k);
            long start = Math.max(interval.joined().getEpochSecond(), fromSecond);
            long end = Math.min(interval.left().getEpochSecond(), toSecond);
            if (end > start) {
                seconds += end - start;
            }
        }
        return seconds / 60;
    }

    /** Minutes present within the session at {@code position}, the count series completion and attendance use. */
    final void countMinutesPresent(int[] counted, int position, List<PresenceInterval> presence) {
        counted[position] = (int) minutesWithin(presence, grid.start(position) * 60, grid.end(position) * 60);
    }

    @Override
    public String toString() {
        return "prepared " + policy;
    }
}
