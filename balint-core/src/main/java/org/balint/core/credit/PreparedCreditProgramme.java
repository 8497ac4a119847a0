package org.balint.core.credit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.group.Member;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * A group's {@link CreditProgramme} prepared for its schedule: evaluates each member into a
 * {@link CreditStatement}. Immutable and thread-safe; prepare once per group.
 */
public final class PreparedCreditProgramme {

    private final CreditProgramme programme;
    private final SessionGrid grid;
    private final List<PolicyEvaluator> policies;
    /** Offers worked out per profession, so a cohort of the same professions shares them. */
    private final ConcurrentMap<Profession, List<CreditOffer>> offersByProfession = new ConcurrentHashMap<>();

    PreparedCreditProgramme(CreditProgramme programme, SessionGrid grid, List<PolicyEvaluator> policies) {
        this.programme = programme;
        this.grid = grid;
        this.policies = List.copyOf(policies);
    }

    public CreditProgramme programme() {
        return programme;
    }

    /** The sessions the programme was prepared for, in session order. */
    public List<ScheduledSession> schedule() {
        return grid.sessions();
    }

    /** The prepared policies, in {@link CreditType} order. */
    public List<PreparedCreditPolicy> policies() {
        return List.copyOf(policies);
    }

    /** The prepared policy for {@code type}, if the group offers that credit at all. */
    public Optional<PreparedCreditPolicy> policy(CreditType type) {
        return policies.stream().filter(policy -> policy.type() == type).map(PreparedCreditPolicy.class::cast)
                .findFirst();
    }

    /** For every kind of credit, whether a member of {@code profession} is offered it here, and why. */
    public List<CreditOffer> offersFor(Profession profession) {
        return offersByProfession.computeIfAbsent(profession, this::offersWorkedOutFor);
    }

    private List<CreditOffer> offersWorkedOutFor(Profession profession) {
        var offers = new ArrayList<CreditOffer>(CreditType.values().length);
        for (CreditType type : CreditType.values()) {
            Optional<PolicyEvaluator> held = policies.stream().filter(policy -> policy.type() == type).findFirst();
            offers.add(held.map(policy -> new CreditOffer(type, policy.isOfferedTo(profession),
                    policy.offerExplanation(profession)))
                    .orElseGet(() -> new CreditOffer(type, false, "The group does not offer " + type.label() + ".")));
        }
        return List.copyOf(offers);
    }

    /**
     * What {@code member} gets for the series: a decision for each kind of credit offered to their
     * profession, from their attendance records (any order; a session without a record counts as absent)
     * and whether they completed the evaluation. Invalid, with every reason, when a record belongs to
     * another member, names a session the group does not have, or repeats a session.
     */
    public Validated<CreditStatement> evaluate(Member member, Collection<SessionAttendance> attendance,
            EvaluationCompletion evaluation) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(evaluation, "evaluation");
        List<Violation> problems = grid.problemsWith(member.id(), attendance);
        if (!problems.isEmpty()) {
            return Validated.invalid(problems);
        }
        var decisions = new ArrayList<CreditDecision>(policies.size());
        for (PolicyEvaluator policy : policies) {
            if (policy.isOfferedTo(member.profession())) {
                decisions.add(policy.decide(member, attendance, evaluation));
            }
        }
        return Validated.valid(new CreditStatement(member.id(), offersFor(member.profession()), decisions));
    }

    @Override
    public String toString() {
        return "prepared " + programme;
    }
}
