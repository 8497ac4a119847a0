package org.balint.lti.tool.rotation;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.balint.core.audit.Actor;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.rotation.PlanChange;
import org.balint.core.rotation.PlanFit;
import org.balint.core.rotation.PresentationSlot;
import org.balint.core.rotation.ProposedPlan;
import org.balint.core.rotation.PublishedPlan;
import org.balint.core.rotation.RotationConflict;
import org.balint.core.rotation.RotationDesk;
import org.balint.core.rotation.RotationOutcome;
import org.balint.core.rotation.RotationPlan;
import org.balint.core.rotation.RotationPlanner;
import org.balint.core.rotation.RotationRequest;
import org.balint.core.rotation.SwapDecision;
import org.balint.core.rotation.SwapRequest;
import org.balint.core.rotation.TurnSwap;
import org.balint.core.rotation.TurnSwaps;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.course.JpaBalintRecords;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.integrity.EditConflict;
import org.balint.persistence.integrity.IntegrityViolation;
import org.balint.persistence.rotation.JpaRotationDesks;
import org.balint.persistence.rotation.JpaRotationPlans;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;

/**
 * A group's case-presentation rotation for its leader and its members, free of HTTP. Each method works in
 * one transaction over Balint's records (the group, its published plan and its rotation desk), checks
 * its input first and writes nothing when it refuses.
 *
 * <p>The proposal a leader sees is planned afresh from the group as it is now, the published plan (kept as
 * much as possible, its held sessions taken as they were planned), the volunteers on the desk, and then
 * the desk's swaps in order. Because the planner is deterministic, the same records always give the same
 * proposal; publishing checks the proposal's fingerprint, so a leader publishes exactly what they saw.
 */
public final class GroupRotation {

    /** Form and JSON field names. */
    public static final String MEMBER = "member";
    public static final String SESSION = "session";
    public static final String FIRST = "first";
    public static final String SECOND = "second";
    public static final String TURN = "turn";
    public static final String WITH = "with";
    public static final String PROPOSAL = "proposal";
    public static final String REQUEST = "request";

    private final JpaBalintRecords.Transactions transactions;
    private final Tenants tenants;
    private final Clock clock;
    private final Supplier<String> requestIds;
    private final RotationPlanner planner = new RotationPlanner();

    /**
     * The rotation of the groups reached through {@code transactions}.
     *
     * @param requestIds gives each new swap request its id (lower-case letters, digits and hyphens)
     */
    public GroupRotation(JpaBalintRecords.Transactions transactions, Tenants tenants, Clock clock,
            Supplier<String> requestIds) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requestIds = Objects.requireNonNull(requestIds, "requestIds");
    }

    /** The writes of one action: the group's records in the action's transaction. */
    private record Records(JpaGroups groups, JpaRotationPlans plans, JpaRotationDesks desks) {
    }

    // ---- reading

    /** What the leader of {@code group} sees; empty when the group is not stored for {@code tenant}. */
    public Optional<LeaderRotation> leaderView(Tenant tenant, GroupId group) {
        return read(tenant, group, (records, view) -> view);
    }

    /** What {@code member} sees of {@code group}'s rotation; empty when the group is not stored. */
    public Optional<MemberRotation> memberView(Tenant tenant, GroupId group, MemberId member) {
        Objects.requireNonNull(member, "member");
        return read(tenant, group, (records, view) -> memberView(view, member));
    }

    static MemberRotation memberView(LeaderRotation view, MemberId member) {
        BalintGroup group = view.group();
        Optional<PublishedPlan> plan = view.published();
        List<ScheduledSession> turns = plan.map(p -> p.sessionsOf(member).stream()
                .flatMap(n -> group.schedule().session(n).stream()).toList()).orElse(List.of());
        Optional<ScheduledSession> next = turns.stream().filter(s -> s.number().value() > view.heldSessions()).findFirst();
        List<PresentationSlot> own = plan.map(p -> p.slots().stream()
                .filter(s -> s.presenter().equals(member) && s.session().value() > view.heldSessions()).toList())
                .orElse(List.of());
        List<PresentationSlot> options = plan.map(p -> p.slots().stream()
                .filter(s -> !s.presenter().equals(member) && s.session().value() > view.heldSessions()
                        && group.isMember(s.presenter()) && !p.presentersIn(s.session()).contains(member))
                .toList()).orElse(List.of());
        return new MemberRotation(group, member, plan.isPresent(), view.heldSessions(), turns, next, own, options,
                view.desk().requestsOf(member));
    }

    // ---- the leader's actions

    /** Puts {@code memberText} down as a volunteer for session {@code sessionText} (form fields {@value #MEMBER}, {@value #SESSION}). */
    public RotationAnswer assignVolunteer(Tenant tenant, GroupId group, MemberId leader, String memberText,
            String sessionText) {
        return act(tenant, group, (records, view) -> {
            var reasons = new ArrayList<FieldViolation>();
            Optional<MemberId> member = member(view, memberText, MEMBER, reasons);
            Optional<SessionNumber> session = futureSession(view, sessionText, SESSION, reasons);
            if (!reasons.isEmpty()) {
                return refused(400, reasons);
            }
            PresentationSlot volunteer = PresentationSlot.of(session.get(), member.get());
            records.desks().save(group, view.desk().withVolunteer(volunteer));
            LeaderRotation after = view(records, group).orElseThrow();
            String name = view.nameOf(member.get());
            boolean honoured = after.proposal().flatMap(LeaderRotation.Proposal::plan)
                    .filter(p -> p.presentersIn(session.get()).contains(member.get())).isPresent();
            return new RotationAnswer.Done(honoured
                    ? name + " presents in " + session.get() + " in the proposal below, as they volunteered. Publish it "
                            + "when it is right."
                    : name + " volunteered for " + session.get() + ", but the proposal below cannot give them that "
                            + "session: the place is needed to give everyone a turn, or another volunteer came first. "
                            + "Swap turns by hand if you want them to present then.");
        });
    }

    /** Swaps two turns of the plan shown (form fields {@value #FIRST}, {@value #SECOND}: {@code session:member}). */
    public RotationAnswer swap(Tenant tenant, GroupId group, MemberId leader, String firstText, String secondText) {
        return act(tenant, group, (records, view) -> {
            var reasons = new ArrayList<FieldViolation>();
            Optional<PresentationSlot> first = turn(view, firstText, FIRST, reasons);
            Optional<PresentationSlot> second = turn(view, secondText, SECOND, reasons);
            if (!reasons.isEmpty()) {
                return refused(400, reasons);
            }
            Optional<RotationPlan> shown = view.shown();
            if (shown.isEmpty()) {
                return refused(409, List.of(FieldViolation.general(Violation.of("no-plan-to-change", "There is no "
                        + "plan to swap turns in: no rotation gives everyone a turn yet. Resolve the reasons shown "
                        + "under the guarantee first."))));
            }
            TurnSwap swap = new TurnSwap(first.get(), second.get());
            List<Violation> broken = TurnSwaps.check(shown.get(), swap, view.heldSessions(), view::nameOf);
            if (!broken.isEmpty()) {
                return refused(409, broken.stream().map(FieldViolation::general).toList());
            }
            records.desks().save(group, view.desk().withSwap(swap));
            return new RotationAnswer.Done(view.nameOf(first.get().presenter()) + " now presents in "
                    + second.get().session() + " and " + view.nameOf(second.get().presenter()) + " in "
                    + first.get().session() + ", in the proposal below. Publish it to tell the group.");
        });
    }

    /** Asks the planner for a new proposal from the group as it is now (after members joined or left). */
    public RotationAnswer replan(Tenant tenant, GroupId group, MemberId leader) {
        return act(tenant, group, (records, view) -> {
            records.desks().save(group, view.desk().withReplan());
            LeaderRotation after = view(records, group).orElseThrow();
            LeaderRotation.Proposal proposal = after.proposal().orElseThrow();
            if (proposal.plan().isEmpty()) {
                return new RotationAnswer.Done("The planner cannot give everyone a turn; the reasons are shown "
                        + "under the guarantee below.");
            }
            int changed = proposal.changes().size();
            return new RotationAnswer.Done("The planner's proposal is below: " + (changed == 0 ? "no place changes"
                    : changed == 1 ? "1 place changes" : changed + " places change")
                    + ". Publish it to make it the group's rotation.");
        });
    }

    /** Publishes the proposal whose fingerprint is {@code proposalText} (form field {@value #PROPOSAL}). */
    public RotationAnswer publish(Tenant tenant, GroupId group, MemberId leader, String proposalText) {
        Objects.requireNonNull(leader, "leader");
        return act(tenant, group, (records, view) -> {
            Optional<LeaderRotation.Proposal> proposal = view.proposal();
            if (proposal.isEmpty()) {
                return refused(409, List.of(FieldViolation.general(Violation.of("nothing-to-publish", "The "
                        + "published rotation already is the plan; there is nothing new to publish. Assign a "
                        + "volunteer, swap turns or re-plan first."))));
            }
            if (proposal.get().plan().isEmpty()) {
                return refused(409, view.guarantee().reasons().stream().map(FieldViolation::general).toList());
            }
            if (!proposal.get().fingerprint().equals(Optional.ofNullable(proposalText).orElse("").strip())) {
                return refused(409, List.of(FieldViolation.at(PROPOSAL, Violation.of("proposal-changed", "The "
                        + "proposal changed since it was shown (a member joined or left, or another leader "
                        + "changed it); nothing was published. Review the proposal as it is now and publish again."))));
            }
            PublishedPlan published = proposal.get().plan().get().publish(new Actor.Person(leader), clock.instant());
            records.plans().save(group, published);
            records.desks().save(group, view.desk().published());
            return new RotationAnswer.Done("The rotation is published: members now see their turns.");
        });
    }

    /** Throws away the leader's unpublished changes; the published plan and the requests stay. */
    public RotationAnswer discard(Tenant tenant, GroupId group, MemberId leader) {
        return act(tenant, group, (records, view) -> {
            if (!view.desk().hasChanges()) {
                return refused(409, List.of(FieldViolation.general(Violation.of("no-changes", "There are no "
                        + "unpublished changes to throw away."))));
            }
            records.desks().save(group, view.desk().discarded());
            return new RotationAnswer.Done("Your unpublished changes are thrown away; the published rotation stays.");
        });
    }

    /**
     * Accepts or declines a member's swap request (form field {@value #REQUEST}). An accepted swap goes into
     * the proposal, which the leader then publishes.
     */
    public RotationAnswer decide(Tenant tenant, GroupId group, MemberId leader, String requestText, boolean accept) {
        Objects.requireNonNull(leader, "leader");
        return act(tenant, group, (records, view) -> {
            Optional<SwapRequest> request = view.desk().request(Optional.ofNullable(requestText).orElse("").strip());
            if (request.isEmpty()) {
                return refused(404, List.of(FieldViolation.at(REQUEST, Violation.of("request-not-found", "There is "
                        + "no such swap request in this group. Reload the rotation to see the requests waiting."))));
            }
            if (!request.get().isPending()) {
                return refused(409, List.of(FieldViolation.at(REQUEST, Violation.of("request-already-decided",
                        "This request was already " + request.get().status().name().toLowerCase(java.util.Locale.ROOT)
                                + "; nothing changed."))));
            }
            String who = view.nameOf(request.get().requester());
            Instant now = clock.instant();
            if (!accept) {
                records.desks().save(group, view.desk().withDecided(request.get().declined(leader, now)));
                return new RotationAnswer.Done(who + "'s swap request is declined; their turn stays as it is.");
            }
            Optional<RotationPlan> shown = view.shown();
            List<Violation> broken = shown.map(p -> TurnSwaps.check(p, request.get().swap(), view.heldSessions(),
                    view::nameOf)).orElse(List.of(Violation.of("no-plan-to-change", "There is no plan to swap turns "
                    + "in yet.")));
            if (!broken.isEmpty()) {
                var reasons = new ArrayList<FieldViolation>();
                broken.forEach(v -> reasons.add(FieldViolation.general(Violation.of(v.code(), v.message()
                        + ". The plan changed since the request: decline it and ask " + who + " to ask again."))));
                return refused(409, reasons);
            }
            records.desks().save(group, view.desk().withDecided(request.get().accepted(leader, now))
                    .withSwap(request.get().swap()));
            return new RotationAnswer.Done(who + "'s swap request is accepted and in the proposal below. Publish it "
                    + "to tell the group.");
        });
    }

    // ---- the member's action

    /**
     * {@code member} asks to swap their turn in session {@code turnText} (field {@value #TURN}) with another
     * member's turn {@code withText} ({@code session:member}, field {@value #WITH}).
     */
    public RotationAnswer requestSwap(Tenant tenant, GroupId group, MemberId member, String turnText, String withText) {
        Objects.requireNonNull(member, "member");
        return act(tenant, group, (records, view) -> {
            if (!view.group().isMember(member)) {
                return refused(403, List.of(FieldViolation.general(Violation.of("not-a-member", "Only accepted members "
                        + "of the group have a turn to swap. If you registered, wait until the leader accepts your "
                        + "registration."))));
            }
            if (view.published().isEmpty()) {
                return refused(409, List.of(FieldViolation.general(Violation.of("no-plan-yet", "The leader has not "
                        + "published the rotation yet, so there is no turn to swap. Ask again once it is published."))));
            }
            var reasons = new ArrayList<FieldViolation>();
            Optional<SessionNumber> mine = futureSession(view, turnText, TURN, reasons);
            Optional<PresentationSlot> with = turn(view, withText, WITH, reasons);
            if (!reasons.isEmpty()) {
                return refused(400, reasons);
            }
            TurnSwap swap = new TurnSwap(PresentationSlot.of(mine.get(), member), with.get());
            for (Violation v : TurnSwaps.check(view.published().get(), swap, view.heldSessions(), view::nameOf)) {
                reasons.add(FieldViolation.at(v.code().equals("not-their-turn")
                        && swap.first().presenter().equals(member) && !view.published().get().slots()
                        .contains(swap.first()) ? TURN : WITH, v));
            }
            SwapRequest request = SwapRequest.pending(requestIds.get(), swap, clock.instant());
            view.desk().refusesRequest(request).ifPresent(v -> reasons.add(FieldViolation.general(v)));
            if (!reasons.isEmpty()) {
                return refused(409, reasons);
            }
            records.desks().save(group, view.desk().withRequest(request));
            return new RotationAnswer.Done("Your request to swap " + mine.get() + " for " + with.get().session()
                    + " (" + view.nameOf(with.get().presenter()) + "'s turn) is sent to the leader. Your turn stays as "
                    + "it is until they accept it and publish the rotation.");
        });
    }

    // ---- working out the view

    private interface Work<T> {
        T apply(Records records, LeaderRotation view);
    }

    private <T> Optional<T> read(Tenant tenant, GroupId group, Work<T> work) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(group, "group");
        return transactions.inTransaction(em -> tenants.find(em, tenant)
                .flatMap(scope -> {
                    Records records = records(scope, em);
                    return view(records, group).map(view -> work.apply(records, view));
                }));
    }

    private RotationAnswer act(Tenant tenant, GroupId group, Work<RotationAnswer> work) {
        Optional<RotationAnswer> answer;
        try {
            answer = read(tenant, group, (records, view) -> {
                RotationAnswer done = work.apply(records, view);
                if (done instanceof RotationAnswer.Refused refused) {
                    throw new Refusal(refused);
                }
                return done;
            });
        } catch (Refusal refusal) {
            return refusal.answer;
        } catch (EditConflict conflict) {
            // another leader published or changed the rotation first; the transaction was rolled back
            return refused(409, List.of(FieldViolation.general(conflict.violation())));
        } catch (IntegrityViolation violation) {
            return refused(409, List.of(FieldViolation.general(violation.violation())));
        }
        return answer.orElseGet(() -> refused(404, List.of(FieldViolation.general(Violation.of("group-not-found",
                "This group is not stored here. Open the activity from your course again.")))));
    }

    /** Rolls the transaction back when an action refuses, so a refusal never writes anything. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RotationAnswer.Refused answer;

        Refusal(RotationAnswer.Refused answer) {
            super(null, null, false, false);
            this.answer = answer;
        }
    }

    private static Records records(TenantScope scope, EntityManager em) {
        return new Records(new JpaGroups(scope, () -> em), new JpaRotationPlans(scope, () -> em),
                new JpaRotationDesks(scope, () -> em));
    }

    private Optional<LeaderRotation> view(Records records, GroupId id) {
        Optional<BalintGroup> found = records.groups().find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BalintGroup group = found.get();
        Instant now = clock.instant();
        int held = group.sessionsHeldBy(now).size();
        Optional<PublishedPlan> published = records.plans().find(id);
        RotationDesk desk = records.desks().find(id);
        if (published.isPresent() && !desk.hasChanges()) {
            return Optional.of(new LeaderRotation(group, held, published, Optional.empty(),
                    guaranteeOf(published.get().fitFor(group, now)), desk, now));
        }
        Planning planning = plan(group, held, published, desk);
        LeaderRotation.Proposal proposal = propose(group, held, published, desk, planning);
        LeaderRotation.Guarantee guarantee = guaranteeOf(planning, proposal);
        return Optional.of(new LeaderRotation(group, held, published, Optional.of(proposal), guarantee, desk, now));
    }

    private static LeaderRotation.Proposal propose(BalintGroup group, int held, Optional<PublishedPlan> published,
            RotationDesk desk, Planning planning) {
        var notes = new ArrayList<>(planning.notes());
        Optional<ProposedPlan> plan = planning.outcome().flatMap(RotationOutcome::proposedPlan);
        if (plan.isPresent()) {
            Function<MemberId, String> names = m -> group.member(m).map(x -> x.name()).orElse(m.value());
            for (TurnSwap swap : desk.swaps()) {
                SwapDecision decision = TurnSwaps.swap(plan.get(), swap, held, names);
                if (decision instanceof SwapDecision.Swapped swapped) {
                    plan = Optional.of(swapped.plan());
                } else {
                    ((SwapDecision.Refused) decision).reasons().forEach(v -> notes.add(Violation.of("swap-no-longer-applies",
                            "The swap of " + names.apply(swap.first().presenter()) + " (" + swap.first().session()
                                    + ") and " + names.apply(swap.second().presenter()) + " (" + swap.second().session()
                                    + ") no longer applies: " + v.message())));
                }
            }
        }
        List<PlanChange> changes = plan.flatMap(p -> published.map(before -> PlanChange.between(before, p)))
                .orElse(List.of());
        List<PresentationSlot> notHonoured = planning.outcome().map(o -> o instanceof RotationOutcome.Planned planned
                ? planned.volunteersNotHonoured() : List.<PresentationSlot>of()).orElse(List.of());
        return new LeaderRotation.Proposal(plan, changes, notHonoured, notes, fingerprint(plan, published));
    }

    private record Planning(Optional<RotationOutcome> outcome, List<Violation> problems, List<Violation> notes) {
    }

    private Planning plan(BalintGroup group, int held, Optional<PublishedPlan> published, RotationDesk desk) {
        RotationRequest.Builder builder = RotationRequest.forGroup(group);
        var formers = new LinkedHashSet<MemberId>();
        for (int value = 1; value <= held; value++) {
            SessionNumber session = SessionNumber.of(value);
            List<MemberId> presenters = published.map(p -> p.presentersIn(session)).orElse(List.of());
            presenters.stream().filter(p -> !group.isMember(p)).forEach(formers::add);
            builder.held(session, presenters);
        }
        formers.forEach(former -> builder.formerMember(former, former.value()));
        var notes = new ArrayList<Violation>();
        for (PresentationSlot volunteer : desk.volunteers()) {
            String name = group.member(volunteer.presenter()).map(m -> m.name()).orElse(volunteer.presenter().value());
            if (!group.isMember(volunteer.presenter())) {
                notes.add(Violation.of("volunteer-has-left", name + " volunteered for " + volunteer.session()
                        + " but has left the group; the offer no longer applies."));
            } else if (volunteer.session().value() <= held || volunteer.session().value() > group.numberOfSessions()) {
                notes.add(Violation.of("volunteer-session-held", name + " volunteered for " + volunteer.session()
                        + ", which has been held (or is no longer in the series); the offer no longer applies."));
            } else {
                builder.volunteer(volunteer.presenter(), volunteer.session());
            }
        }
        published.filter(p -> p.sessionCount() == group.numberOfSessions()
                && p.casesPerSession() == group.rules().casesPerSession()).ifPresent(builder::currentPlan);
        Validated<RotationRequest> request = builder.build();
        if (!request.isValid()) {
            return new Planning(Optional.empty(), request.violations(), notes);
        }
        return new Planning(Optional.of(planner.plan(request.orElseThrow())), List.of(), notes);
    }

    private static LeaderRotation.Guarantee guaranteeOf(Planning planning, LeaderRotation.Proposal proposal) {
        if (!planning.problems().isEmpty()) {
            return new LeaderRotation.Guarantee(false, planning.problems());
        }
        RotationOutcome outcome = planning.outcome().orElseThrow();
        if (outcome.everyonePresents() && proposal.plan().isPresent()) {
            return new LeaderRotation.Guarantee(true, List.of());
        }
        List<RotationConflict> conflicts = outcome instanceof RotationOutcome.Blocked blocked ? blocked.conflicts()
                : outcome instanceof RotationOutcome.OverrideBreaksGuarantee broken ? broken.conflicts() : List.of();
        return new LeaderRotation.Guarantee(false, conflicts.stream()
                .map(c -> Violation.of(c.code(), c.message())).toList());
    }

    private static LeaderRotation.Guarantee guaranteeOf(PlanFit fit) {
        if (fit instanceof PlanFit.NeedsReplan needs) {
            return new LeaderRotation.Guarantee(false, needs.reasons());
        }
        return new LeaderRotation.Guarantee(true, List.of());
    }

    private static String fingerprint(Optional<ProposedPlan> plan, Optional<PublishedPlan> published) {
        String text = plan.map(p -> p.sessionCount() + "/" + p.casesPerSession() + "/" + p.heldSessions() + "/"
                + p.slots()).orElse("no plan") + "|" + published.map(p -> p.publishedAt() + "/" + p.slots()).orElse("first");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    // ---- input

    private static Optional<MemberId> member(LeaderRotation view, String text, String field,
            List<FieldViolation> reasons) {
        String value = Optional.ofNullable(text).orElse("").strip();
        if (value.isEmpty()) {
            reasons.add(FieldViolation.at(field, "member-missing", "Choose a member from the list."));
            return Optional.empty();
        }
        Optional<MemberId> id = memberId(value).filter(view.group()::isMember);
        if (id.isEmpty()) {
            reasons.add(FieldViolation.at(field, "not-a-member", "This person is not a member of the group (any "
                    + "more); choose a member from the list."));
        }
        return id;
    }

    private static Optional<SessionNumber> futureSession(LeaderRotation view, String text, String field,
            List<FieldViolation> reasons) {
        String value = Optional.ofNullable(text).orElse("").strip();
        int count = view.group().numberOfSessions();
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            reasons.add(FieldViolation.at(field, "session-missing", "Choose a session from the list (1 to " + count + ")."));
            return Optional.empty();
        }
        if (number < 1 || number > count) {
            reasons.add(FieldViolation.at(field, "unknown-session", "The series has sessions 1 to " + count
                    + "; choose one of them."));
            return Optional.empty();
        }
        if (number <= view.heldSessions()) {
            reasons.add(FieldViolation.at(field, "session-held", "Session " + number + " has already been held; "
                    + "choose a session still to come."));
            return Optional.empty();
        }
        return Optional.of(SessionNumber.of(number));
    }

    /** A turn written {@code session:member}, as the pages' lists and the API give it. */
    private static Optional<PresentationSlot> turn(LeaderRotation view, String text, String field,
            List<FieldViolation> reasons) {
        String value = Optional.ofNullable(text).orElse("").strip();
        int colon = value.indexOf(':');
        if (colon < 1) {
            reasons.add(FieldViolation.at(field, "turn-missing", "Choose a turn from the list."));
            return Optional.empty();
        }
        var local = new ArrayList<FieldViolation>();
        Optional<SessionNumber> session = futureSession(view, value.substring(0, colon), field, local);
        Optional<MemberId> member = local.isEmpty() ? member(view, value.substring(colon + 1), field, local)
                : Optional.empty();
        reasons.addAll(local);
        return local.isEmpty() ? Optional.of(PresentationSlot.of(session.get(), member.get())) : Optional.empty();
    }

    /** Writes a turn as the forms and the API take it: {@code session:member}. */
    public static String turnValue(PresentationSlot slot) {
        return slot.session().value() + ":" + slot.presenter().value();
    }

    private static Optional<MemberId> memberId(String text) {
        try {
            return Optional.of(new MemberId(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static RotationAnswer refused(int status, List<FieldViolation> reasons) {
        return new RotationAnswer.Refused(new RotationRefusal(status, reasons));
    }
}
