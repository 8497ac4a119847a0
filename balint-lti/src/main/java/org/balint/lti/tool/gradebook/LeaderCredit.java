package org.balint.lti.tool.gradebook;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.attendance.SeriesAttendance;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.credit.AafpPrescribedPolicy;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditHours;
import org.balint.core.credit.CreditOffer;
import org.balint.core.credit.CreditPolicy;
import org.balint.core.credit.CreditProgramme;
import org.balint.core.credit.CreditStatement;
import org.balint.core.credit.CreditType;
import org.balint.core.credit.EvaluationCompletion;
import org.balint.core.credit.PreparedCreditProgramme;
import org.balint.core.evaluation.Evaluation;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.balint.persistence.attendance.JpaAttendanceSheets;
import org.balint.persistence.credit.GradebookCreditResults;
import org.balint.persistence.evaluation.JpaEvaluationStore;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.outbox.MessageId;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;

/**
 * A leader's view of their group's credit and its way to the LMS gradebook, free of HTTP: each member's
 * current credit decision, worked out by the core's credit rules from the group's attendance sheets; the
 * recording of those decisions (through {@link GradebookCreditResults}, so each changed result is put in
 * the outbox in the same transaction); each member's gradebook sync status; and sending a given-up result
 * again.
 *
 * <p>The gradebook carries {@value #TYPE_LABEL}: the core's preset policy (offered to physicians, at most
 * 3.75 credit per session), and the gradebook's maximum is what full attendance of every session earns. A
 * member with no attendance recorded gets the not-eligible decision with its reasons; a member to whom the
 * credit is not offered is listed with the reason and nothing is recorded for them. Whether the member
 * completed the series evaluation is read from their stored evaluation and given to the credit rules, which
 * consult it only when the policy requires an evaluation ({@link #evaluationRequired()}; the preset does not).
 */
public final class LeaderCredit {

    /** The kind of credit the gradebook carries. */
    public static final CreditType TYPE = CreditType.AAFP_PRESCRIBED;
    static final String TYPE_LABEL = "AAFP Prescribed credit";

    private static final CreditProgramme PROGRAMME = CreditProgramme.of(AafpPrescribedPolicy.preset());
    private static final MemberId FULL_ATTENDANCE = new MemberId("series-maximum");

    private final Transactions transactions;
    private final Tenants tenants;
    private final GradebookDeliveries deliveries;
    private final Clock clock;

    /** Credit of the groups reached through {@code transactions}, sent through {@code deliveries}. */
    public LeaderCredit(Transactions transactions, Tenants tenants, GradebookDeliveries deliveries, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether the credit the gradebook carries is released only after a completed series evaluation. */
    public static boolean evaluationRequired() {
        return PROGRAMME.policies().stream().filter(policy -> policy.type() == TYPE)
                .anyMatch(CreditPolicy::evaluationRequired);
    }

    /** Each member's current decision and gradebook status; empty when the group is not stored for {@code tenant}. */
    public Optional<CreditOverview> overview(Tenant tenant, GroupId group) {
        Optional<Decided> decided = decide(tenant, group);
        if (decided.isEmpty()) {
            return Optional.empty();
        }
        Decided d = decided.get();
        List<MemberId> ids = d.group().members().stream().map(Member::id).toList();
        Map<MemberId, MemberSyncStatus> statuses = deliveries.forTenant(tenant)
                .map(delivery -> delivery.statuses(group, TYPE, ids))
                .orElse(Map.of());
        List<MemberCredit> members = new ArrayList<>();
        for (Member member : d.group().members()) {
            members.add(new MemberCredit(member.id(), member.name(), d.offers().get(member.id()),
                    Optional.ofNullable(d.decisions().get(member.id())),
                    statuses.getOrDefault(member.id(), new MemberSyncStatus.NothingToSend())));
        }
        return Optional.of(new CreditOverview(group, d.maximum(), d.problems(), members));
    }

    /**
     * Records every member's current decision in one transaction; each decision that changes the member's
     * result puts its gradebook score in the outbox in the same transaction.
     *
     * @return how many results changed and were handed to the gradebook; empty when the group is not stored
     */
    public Optional<Recorded> record(Tenant tenant, GroupId group) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(group, "group");
        Optional<Recorded> recorded = transactions.inTransaction(em -> {
            Optional<TenantScope> scope = tenants.find(em, tenant);
            if (scope.isEmpty()) {
                return Optional.empty();
            }
            Optional<Decided> decided = decide(em, scope.get(), group);
            if (decided.isEmpty()) {
                return Optional.empty();
            }
            GradebookCreditResults results = new GradebookCreditResults(scope.get(), deliveries.outbox(scope.get()));
            int changed = 0;
            for (CreditDecision decision : decided.get().decisions().values()) {
                if (results.record(em, group, decision, decided.get().maximum(), clock.instant()).message().isPresent()) {
                    changed++;
                }
            }
            return Optional.of(new Recorded(decided.get().decisions().size(), changed));
        });
        // So that the workers visit this tenant from now on, not only after their next look at the register.
        recorded.ifPresent(r -> deliveries.forTenant(tenant));
        return recorded;
    }

    /**
     * Sends {@code member}'s latest result again when its delivery was given up.
     *
     * @return the message sent again; empty when the member has no given-up result
     */
    public Optional<MessageId> sendAgain(Tenant tenant, GroupId group, MemberId member) {
        Objects.requireNonNull(tenant, "tenant");
        Optional<TenantScope> scope = transactions.inTransaction(em -> tenants.find(em, tenant));
        return scope.flatMap(s -> deliveries.sendAgain(s, group, member, TYPE));
    }

    private Optional<Decided> decide(Tenant tenant, GroupId group) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(group, "group");
        return transactions.inTransaction(em -> tenants.find(em, tenant).flatMap(scope -> decide(em, scope, group)));
    }

    private static Optional<Decided> decide(jakarta.persistence.EntityManager em, TenantScope scope, GroupId id) {
        Optional<BalintGroup> found = new JpaGroups(scope, () -> em).find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BalintGroup group = found.get();
        Validated<PreparedCreditProgramme> prepared = PROGRAMME.prepare(group.schedule().sessions());
        if (!prepared.isValid()) {
            return Optional.of(new Decided(group, CreditHours.ofQuarterHours(0), prepared.violations(), Map.of(), Map.of()));
        }
        PreparedCreditProgramme programme = prepared.orElseThrow();
        SeriesAttendance attendance = new SeriesAttendance(id, new JpaAttendanceSheets(scope, () -> em).findAll(id));
        JpaEvaluationStore evaluations = new JpaEvaluationStore(scope, () -> em);
        Map<MemberId, CreditOffer> offers = new java.util.LinkedHashMap<>();
        Map<MemberId, CreditDecision> decisions = new java.util.LinkedHashMap<>();
        List<Violation> problems = new ArrayList<>();
        for (Member member : group.members()) {
            offers.put(member.id(), programme.offersFor(member.profession()).stream()
                    .filter(offer -> offer.type() == TYPE).findFirst().orElseThrow());
            Validated<CreditStatement> statement = programme.evaluate(member, attendance.attendanceOf(member.id()),
                    EvaluationCompletion.of(evaluations.find(id, member.id()).filter(Evaluation::isComplete).isPresent()));
            if (statement.isValid()) {
                statement.orElseThrow().decision(TYPE).ifPresent(decision -> decisions.put(member.id(), decision));
            } else {
                problems.addAll(statement.violations());
            }
        }
        return Optional.of(new Decided(group, maximum(programme), problems, offers, decisions));
    }

    /**
     * {@code member}'s current decision on {@value #TYPE_LABEL} in {@code group}, worked out from
     * {@code sheets} by the same rules {@link #record} records with: what a recorded decision is checked
     * against before a certificate is issued from it. Empty when the schedule or the sheets do not suit the
     * policy, or the credit is not offered to the member.
     */
    public static Optional<CreditDecision> decisionOf(BalintGroup group, List<AttendanceSheet> sheets, MemberId member) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(member, "member");
        Optional<Member> found = group.members().stream().filter(m -> m.id().equals(member)).findFirst();
        Validated<PreparedCreditProgramme> prepared = PROGRAMME.prepare(group.schedule().sessions());
        if (found.isEmpty() || !prepared.isValid()) {
            return Optional.empty();
        }
        SeriesAttendance attendance = new SeriesAttendance(group.id(), sheets);
        Validated<CreditStatement> statement = prepared.orElseThrow().evaluate(found.get(),
                attendance.attendanceOf(member), EvaluationCompletion.NOT_COMPLETED);
        return statement.isValid() ? statement.orElseThrow().decision(TYPE) : Optional.empty();
    }

    /** What a physician attending every session in full earns: the gradebook's maximum. */
    static CreditHours maximum(PreparedCreditProgramme programme) {
        Member everywhere = new Member(FULL_ATTENDANCE, "Full attendance", Profession.physician("family medicine"),
                ContactDetails.email("full-attendance@balint.invalid"));
        List<SessionAttendance> full = new ArrayList<>();
        for (ScheduledSession session : programme.schedule()) {
            full.add(new SessionAttendance(everywhere.id(), session.number(),
                    List.of(new PresenceInterval(session.start(), session.end()))));
        }
        return programme.evaluate(everywhere, full, EvaluationCompletion.COMPLETED).orElseThrow().decision(TYPE)
                .filter(CreditDecision::isEligible)
                .map(decision -> ((CreditDecision.Eligible) decision).creditEarned())
                .orElse(CreditHours.ofQuarterHours(0));
    }

    private record Decided(BalintGroup group, CreditHours maximum, List<Violation> problems,
            Map<MemberId, CreditOffer> offers, Map<MemberId, CreditDecision> decisions) {
    }

    /**
     * A group's credit as its leader sees it.
     *
     * @param group    the group
     * @param maximum  the most credit the series offers (the gradebook's maximum)
     * @param problems why decisions could not be worked out (the schedule does not suit the policy, an
     *                 attendance sheet does not suit the schedule); empty normally
     * @param members  every member, in the group's order
     */
    public record CreditOverview(GroupId group, CreditHours maximum, List<Violation> problems, List<MemberCredit> members) {
        /** Validates the parts. */
        public CreditOverview {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(maximum, "maximum");
            problems = List.copyOf(problems);
            members = List.copyOf(members);
        }
    }

    /**
     * One member's credit.
     *
     * @param member   the member
     * @param name     their name
     * @param offer    whether the credit is offered to their profession, and why
     * @param decision their current decision; empty when the credit is not offered to them
     * @param status   where their recorded result stands on its way to the gradebook
     */
    public record MemberCredit(MemberId member, String name, CreditOffer offer, Optional<CreditDecision> decision,
            MemberSyncStatus status) {
        /** Validates the parts. */
        public MemberCredit {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(offer, "offer");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * What recording did.
     *
     * @param decisions decisions recorded (one per member offered the credit)
     * @param changed   of those, results that changed and went to the outbox
     */
    public record Recorded(int decisions, int changed) {
    }
}
