package org.balint.lti.tool.evaluation;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.balint.core.evaluation.EvaluationForm;
import org.balint.core.evaluation.EvaluationSubmission;
import org.balint.core.evaluation.GroupEvaluations;
import org.balint.core.evaluation.LearningObjective;
import org.balint.core.evaluation.ReportingThreshold;
import org.balint.core.evaluation.SubmissionOutcome;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.course.JpaBalintRecords;
import org.balint.lti.tool.gradebook.LeaderCredit;
import org.balint.persistence.evaluation.JpaEvaluationForms;
import org.balint.persistence.evaluation.JpaEvaluationStore;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;

/**
 * A group's series evaluation, free of HTTP, for the pages and the JSON API alike: the group's faculty set
 * the learning objectives (the core keeps no standard ones: they are the group's own), members rate each
 * objective before and after the series on the core's rating scale and may comment, and the faculty read
 * the summary, which withholds figures below the {@link ReportingThreshold}. Each call is one transaction
 * on Balint's records of one tenant; a refused call stores nothing.
 *
 * <p>The tool's form asks for both ratings of every objective at once (a retrospective before-and-after
 * evaluation), so an answer left out is refused beside its field; the core's own rules (member of the
 * group, form open, ratings on the scale, comments within bounds, a complete evaluation never replaced by an
 * incomplete one) are checked as well.
 */
public final class SeriesEvaluations {

    /** The form field of the comments. */
    public static final String COMMENTS = "comments";
    /** The form field of the learning objectives, one a line. */
    public static final String OBJECTIVES = "objectives";

    private final JpaBalintRecords.Transactions transactions;
    private final Tenants tenants;
    private final Clock clock;
    private final ReportingThreshold threshold;

    /** Evaluations of the groups reached through {@code transactions}, reported from {@code threshold} responses on. */
    public SeriesEvaluations(JpaBalintRecords.Transactions transactions, Tenants tenants, Clock clock,
            ReportingThreshold threshold) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.threshold = Objects.requireNonNull(threshold, "threshold");
    }

    /** The field of objective {@code number}'s rating before the series. */
    public static String beforeField(int number) {
        return "before-" + number;
    }

    /** The field of objective {@code number}'s rating after the series. */
    public static String afterField(int number) {
        return "after-" + number;
    }

    /** What {@code member} sees of {@code group}'s evaluation; empty when the group is not stored for {@code tenant}. */
    public Optional<MemberEvaluation> forMember(Tenant tenant, GroupId group, MemberId member) {
        Objects.requireNonNull(member, "member");
        return within(tenant, group, (records, found) -> memberView(records, found, member));
    }

    /**
     * Checks {@code answers} and stores them as {@code member}'s evaluation of {@code group}, replacing an
     * earlier one; or refuses them with every reason. Empty when the group is not stored for {@code tenant}.
     */
    public Optional<EvaluationOutcome<Submitted>> submit(Tenant tenant, GroupId group, MemberId member,
            EvaluationAnswers answers) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(answers, "answers");
        return within(tenant, group, (records, found) -> {
            Optional<EvaluationForm> form = records.forms().find(group);
            if (form.isEmpty()) {
                return new EvaluationOutcome.Refused<>(List.of(FieldViolation.general(Violation.of("no-evaluation-form",
                        "The group's leaders have not set the learning objectives of the evaluation yet. Come back"
                                + " once they have; nothing was stored."))));
            }
            List<FieldViolation> violations = new ArrayList<>();
            EvaluationSubmission submission = read(form.get(), member, answers, violations);
            if (!violations.isEmpty()) {
                return new EvaluationOutcome.Refused<>(violations);
            }
            SubmissionOutcome outcome = new GroupEvaluations(records.evaluations(), clock)
                    .submit(form.get(), roster(found), submission);
            if (outcome instanceof SubmissionOutcome.Refused refused) {
                return new EvaluationOutcome.Refused<>(refused.violations().stream()
                        .map(v -> v.code().equals("comments-too-long") ? FieldViolation.at(COMMENTS, v)
                                : FieldViolation.general(v))
                        .toList());
            }
            return new EvaluationOutcome.Stored<>(new Submitted(memberView(records, found, member),
                    outcome instanceof SubmissionOutcome.Replaced));
        });
    }

    /** {@code group}'s form and summary as its faculty see them; empty when the group is not stored. */
    public Optional<LeaderEvaluations> forFaculty(Tenant tenant, GroupId group) {
        return within(tenant, group, (records, found) -> {
            Optional<EvaluationForm> form = records.forms().find(group);
            return new LeaderEvaluations(group, found.title(), form,
                    form.map(f -> new GroupEvaluations(records.evaluations(), clock).report(f, roster(found), threshold)),
                    threshold);
        });
    }

    /**
     * Sets {@code group}'s learning objectives ({@code text}: one a line, blank lines ignored), on the core's
     * rating scale, keeping the form open; or refuses them with every reason beside the field. Empty when
     * the group is not stored.
     */
    public Optional<EvaluationOutcome<EvaluationForm>> setObjectives(Tenant tenant, GroupId group, List<String> statements) {
        Objects.requireNonNull(statements, "statements");
        return within(tenant, group, (records, found) -> {
            var defined = EvaluationForm.define(group, statements);
            if (!defined.isValid()) {
                return new EvaluationOutcome.Refused<>(defined.violations().stream()
                        .map(v -> FieldViolation.at(OBJECTIVES, v)).toList());
            }
            EvaluationForm form = defined.orElseThrow();
            Optional<EvaluationForm> earlier = records.forms().find(group);
            // Keep the scale and the closing moment of a form set earlier: only the objectives change here.
            EvaluationForm kept = earlier.map(e -> new EvaluationForm(group, form.objectives(), e.scale(), e.closesAt()))
                    .orElse(form);
            records.forms().save(kept);
            return new EvaluationOutcome.Stored<>(kept);
        });
    }

    /** The learning objectives of a text box: one a line, surrounding space and empty lines left out. */
    public static List<String> objectivesOf(String text) {
        return Arrays.stream(Objects.requireNonNull(text, "text").split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private MemberEvaluation memberView(Records records, BalintGroup group, MemberId member) {
        Optional<EvaluationForm> form = records.forms().find(group.id());
        return new MemberEvaluation(group.id(), group.title(), group.isMember(member), form,
                form.map(f -> f.isOpenAt(clock.instant())).orElse(false), records.evaluations().find(group.id(), member),
                LeaderCredit.evaluationRequired());
    }

    /** The submission the answers make, adding a reason beside each field that cannot be used. */
    static EvaluationSubmission read(EvaluationForm form, MemberId member, EvaluationAnswers answers,
            List<FieldViolation> violations) {
        EvaluationSubmission submission = EvaluationSubmission.by(member).withComments(answers.comments());
        for (LearningObjective objective : form.objectives()) {
            Optional<Integer> before = rating(form, objective, answers.before().get(objective.number()),
                    beforeField(objective.number()), "before the series", violations);
            Optional<Integer> after = rating(form, objective, answers.after().get(objective.number()),
                    afterField(objective.number()), "after the series", violations);
            if (before.isPresent()) {
                submission = submission.withBefore(objective, before.get());
            }
            if (after.isPresent()) {
                submission = submission.withAfter(objective, after.get());
            }
        }
        Set<Integer> known = form.objectives().stream().map(LearningObjective::number).collect(Collectors.toSet());
        if (!known.containsAll(answers.before().keySet()) || !known.containsAll(answers.after().keySet())) {
            violations.add(FieldViolation.general(Violation.of("unknown-objective", "Some ratings are for objectives"
                    + " the group's form does not have (it has " + known.size() + "). Reload the form and rate its"
                    + " objectives; nothing was stored.")));
        }
        if (submission.comments().length() > EvaluationForm.MAX_COMMENT_LENGTH) {
            violations.add(FieldViolation.at(COMMENTS, "comments-too-long", "The comments are "
                    + submission.comments().length() + " characters; shorten them to at most "
                    + EvaluationForm.MAX_COMMENT_LENGTH + "."));
        }
        return submission;
    }

    private static Optional<Integer> rating(EvaluationForm form, LearningObjective objective, String sent, String field,
            String when, List<FieldViolation> violations) {
        String text = sent == null ? "" : sent.strip();
        if (text.isEmpty()) {
            violations.add(FieldViolation.at(field, "rating-missing", "Rate objective " + objective.number() + " "
                    + when + ": choose one of " + form.scale() + "."));
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(text);
            if (form.scale().contains(value)) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(FieldViolation.at(field, "rating-out-of-scale", "Objective " + objective.number() + " " + when
                + " is rated \"" + text + "\", which is not on the scale; choose one of " + form.scale() + "."));
        return Optional.empty();
    }

    private static Set<MemberId> roster(BalintGroup group) {
        return group.members().stream().map(Member::id).collect(Collectors.toUnmodifiableSet());
    }

    private <T> Optional<T> within(Tenant tenant, GroupId group, BiFunction<Records, BalintGroup, T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(group, "group");
        return transactions.inTransaction(em -> tenants.find(em, tenant).flatMap(scope -> {
            Records records = new Records(scope, em);
            return records.groups().find(group).map(found -> work.apply(records, found));
        }));
    }

    /** The adapters of one tenant in the current transaction. */
    private record Records(JpaGroups groups, JpaEvaluationForms forms, JpaEvaluationStore evaluations) {
        Records(TenantScope scope, EntityManager em) {
            this(new JpaGroups(scope, () -> em), new JpaEvaluationForms(scope, () -> em),
                    new JpaEvaluationStore(scope, () -> em));
        }
    }

    /**
     * A stored evaluation.
     *
     * @param view     the member's evaluation as they now see it
     * @param replaced whether it replaced an earlier evaluation
     */
    public record Submitted(MemberEvaluation view, boolean replaced) {
        /** Validates the part. */
        public Submitted {
            Objects.requireNonNull(view, "view");
        }
    }
}
