package org.balint.core.evaluation;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;

/**
 * Collecting and reporting a group's evaluations: members submit (and, while the form is open,
 * resubmit) their evaluation; credit policies ask whether a member has completed it; coordinators read
 * the group report.
 *
 * <p>Submission times come from the injected clock.
 */
public final class GroupEvaluations {

    private final EvaluationStore store;
    private final Clock clock;

    public GroupEvaluations(EvaluationStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Checks {@code submission} against the group's {@code form} and {@code roster} (the group's
     * members) and stores it as the member's evaluation, replacing an earlier one; or refuses it with
     * every reason and stores nothing.
     */
    public SubmissionOutcome submit(EvaluationForm form, Set<MemberId> roster, EvaluationSubmission submission) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(submission, "submission");
        var now = clock.instant();
        var previous = store.find(form.group(), submission.member());
        var violations = SubmissionRules.check(form, roster, previous, submission, now);
        if (!violations.isEmpty()) {
            return new SubmissionOutcome.Refused(violations);
        }
        var evaluation = SubmissionRules.evaluationOf(form, submission, now);
        store.save(evaluation);
        return previous.<SubmissionOutcome>map(earlier -> new SubmissionOutcome.Replaced(earlier, evaluation))
                .orElseGet(() -> new SubmissionOutcome.Recorded(evaluation));
    }

    /** The evaluation {@code member} submitted for {@code group}, if any. */
    public Optional<Evaluation> evaluationOf(GroupId group, MemberId member) {
        return store.find(group, member);
    }

    /**
     * Whether {@code member} has a complete evaluation of {@code group}: the question a credit policy
     * asks when it requires a completed evaluation before credit is released.
     */
    public boolean hasCompletedEvaluation(GroupId group, MemberId member) {
        return store.find(group, member).filter(Evaluation::isComplete).isPresent();
    }

    /** The group report from the stored evaluations; see {@link EvaluationReport}. */
    public EvaluationReport report(EvaluationForm form, Set<MemberId> roster, ReportingThreshold threshold) {
        return EvaluationReport.compile(form, roster, store.forGroup(form.group()), threshold);
    }
}
