package org.balint.core.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.balint.core.group.MemberId;
import org.balint.core.group.SessionNumber;

class RotationPlannerPropertiesTest {

    private final RotationPlanner planner = new RotationPlanner();

    @Property(tries = 500)
    @Label("whenever brute force finds a turn for every member, the planner plans one; otherwise it names conflicts")
    void completeAgainstBruteForce(@ForAll @IntRange(min = 1, max = 6) int members,
            @ForAll @IntRange(min = 1, max = 6) int sessions, @ForAll @IntRange(min = 1, max = 2) int cases,
            @ForAll long seed) {
        var situation = RandomGroups.situation(members, sessions, cases, seed, false);
        RotationOutcome outcome = planner.plan(situation.request());

        boolean feasible = BruteForce.everyoneCanPresent(situation, false, false);
        Statistics.label("everyone can present").collect(feasible)
                .coverage(coverage -> {
                    coverage.check(true).percentage(p -> p > 20);
                    coverage.check(false).percentage(p -> p > 10);
                });
        if (feasible) {
            assertThat(outcome).isInstanceOf(RotationOutcome.Planned.class);
            assertEveryonePresents(situation, outcome.proposedPlan().orElseThrow());
        } else {
            assertThat(outcome).isInstanceOf(RotationOutcome.Blocked.class);
            assertThat(((RotationOutcome.Blocked) outcome).conflicts()).isNotEmpty();
        }
    }

    @Property(tries = 300)
    @Label("with leader overrides, the outcome says exactly when the overrides cost someone their turn")
    void overridesAgainstBruteForce(@ForAll @IntRange(min = 1, max = 6) int members,
            @ForAll @IntRange(min = 1, max = 6) int sessions, @ForAll @IntRange(min = 1, max = 2) int cases,
            @ForAll long seed) {
        var situation = RandomGroups.situation(members, sessions, cases, seed, true);
        RotationOutcome outcome = planner.plan(situation.request());

        boolean withOverrides = BruteForce.everyoneCanPresent(situation, true, false);
        boolean withoutOverrides = BruteForce.everyoneCanPresent(situation, false, false);
        Statistics.label("overrides cost a turn").collect(!withOverrides && withoutOverrides)
                .coverage(coverage -> coverage.check(true).count(c -> c >= 5));
        if (withOverrides) {
            assertThat(outcome).isInstanceOf(RotationOutcome.Planned.class);
            assertEveryonePresents(situation, outcome.proposedPlan().orElseThrow());
        } else if (withoutOverrides) {
            assertThat(outcome).isInstanceOf(RotationOutcome.OverrideBreaksGuarantee.class);
            var broken = (RotationOutcome.OverrideBreaksGuarantee) outcome;
            var plan = broken.plan();
            for (int m = 0; m < members; m++) {
                MemberId member = situation.member(m);
                boolean presents = !plan.sessionsOf(member).isEmpty();
                assertThat(presents).as("%s presents unless named as losing the turn", member)
                        .isEqualTo(!broken.withoutTurn().contains(member));
            }
        } else {
            assertThat(outcome).isInstanceOf(RotationOutcome.Blocked.class);
        }
        outcome.proposedPlan().ifPresent(plan -> {
            assertRespectsTheFacts(situation, plan);
            situation.overrides().forEach(p -> assertThat(plan.presentersIn(SessionNumber.of(p[1])))
                    .contains(situation.member(p[0])));
        });
    }

    @Property(tries = 400)
    @Label("no place ever goes to a member who is unavailable, and held sessions stay as recorded")
    void respectsAvailabilityAndHistory(@ForAll @IntRange(min = 1, max = 6) int members,
            @ForAll @IntRange(min = 1, max = 6) int sessions, @ForAll @IntRange(min = 1, max = 2) int cases,
            @ForAll long seed, @ForAll boolean withOverrides) {
        var situation = RandomGroups.situation(members, sessions, cases, seed, withOverrides);
        planner.plan(situation.request()).proposedPlan().ifPresent(plan -> assertRespectsTheFacts(situation, plan));
    }

    @Property(tries = 250)
    @Label("the same situation gives the same plan, whatever order its facts are given in")
    void deterministic(@ForAll @IntRange(min = 1, max = 6) int members,
            @ForAll @IntRange(min = 1, max = 6) int sessions, @ForAll @IntRange(min = 1, max = 2) int cases,
            @ForAll long seed, @ForAll long shuffleSeed) {
        var situation = RandomGroups.situation(members, sessions, cases, seed, true);
        RotationOutcome first = planner.plan(situation.request());
        RotationOutcome again = planner.plan(situation.request());
        RotationOutcome shuffled = planner.plan(situation.request(new Random(shuffleSeed)));

        assertThat(again).isEqualTo(first);
        assertThat(shuffled).isEqualTo(first);
    }

    @Property(tries = 300)
    @Label("volunteers are all honoured whenever some plan giving everyone a turn can honour them all")
    void volunteersHonouredWhenFeasible(@ForAll @IntRange(min = 1, max = 6) int members,
            @ForAll @IntRange(min = 1, max = 6) int sessions, @ForAll @IntRange(min = 1, max = 2) int cases,
            @ForAll long seed) {
        var situation = RandomGroups.situation(members, sessions, cases, seed, false);
        RotationOutcome outcome = planner.plan(situation.request());

        boolean allOffersFit = BruteForce.everyoneCanPresent(situation, false, true);
        Statistics.label("every offer fits").collect(allOffersFit && !situation.volunteers().isEmpty())
                .coverage(coverage -> coverage.check(true).percentage(p -> p > 10));
        if (allOffersFit) {
            var planned = RotationFixture.planned(outcome);
            assertThat(planned.volunteersNotHonoured()).isEmpty();
            situation.volunteers().forEach(p -> assertThat(planned.plan().presentersIn(SessionNumber.of(p[1])))
                    .contains(situation.member(p[0])));
        }
    }

    @Property(tries = 200)
    @Label("re-planning after absences, a drop-out or a late joiner never changes a held session")
    void replanKeepsHeldSessions(@ForAll @IntRange(min = 2, max = 6) int members,
            @ForAll @IntRange(min = 2, max = 6) int sessions, @ForAll @IntRange(min = 1, max = 2) int cases,
            @ForAll long seed) {
        var random = new Random(seed);
        var start = RandomGroups.situation(members, sessions, cases, seed, false);
        var first = planner.plan(start.request()).proposedPlan();
        if (first.isEmpty()) {
            return;
        }
        var plan = first.get();
        int held = Math.max(start.held(), Math.min(sessions, start.held() + 1 + random.nextInt(2)));
        boolean dropOut = random.nextInt(3) == 0;
        // A drop-out is normally kept in the record as a former member; erasing them must work too.
        boolean erased = dropOut && random.nextInt(4) == 0;
        boolean lateJoiner = random.nextInt(3) == 0 && members < RotationFixture.SURNAMES.size();
        MemberId leaving = start.member(random.nextInt(members));

        var builder = RotationRequest.forSessions(sessions).casesPerSession(cases);
        for (int m = 0; m < members; m++) {
            if (!(dropOut && start.member(m).equals(leaving))) {
                builder.member(start.member(m), RotationFixture.SURNAMES.get(m));
            } else if (!erased) {
                builder.formerMember(start.member(m), RotationFixture.SURNAMES.get(m));
            }
        }
        if (lateJoiner) {
            builder.member(RotationFixture.id("Nash"), "Nash");
        }
        var history = new ArrayList<List<MemberId>>();
        for (int s = 1; s <= held; s++) {
            var presenters = new ArrayList<MemberId>();
            for (MemberId presenter : plan.presentersIn(SessionNumber.of(s))) {
                boolean absent = s > start.held() && random.nextInt(3) == 0;
                if (!absent && !(erased && presenter.equals(leaving))) {
                    presenters.add(presenter);
                }
            }
            history.add(presenters);
            builder.held(SessionNumber.of(s), presenters);
        }
        for (int[] p : start.unavailable()) {
            if (!(dropOut && start.member(p[0]).equals(leaving))) {
                builder.unavailable(start.member(p[0]), SessionNumber.of(p[1]));
            }
        }
        builder.currentPlan(plan);
        RotationOutcome replanned = planner.plan(builder.build().orElseThrow());

        Statistics.label("a drop-out who presented stays in the record").collect(dropOut && !erased
                && history.stream().anyMatch(presenters -> presenters.contains(leaving)));
        replanned.proposedPlan().ifPresent(next -> {
            for (int s = 1; s <= held; s++) {
                assertThat(next.presentersIn(SessionNumber.of(s))).containsExactlyInAnyOrderElementsOf(history.get(s - 1));
            }
            assertThat(next.heldSessions()).isEqualTo(held);
            if (dropOut) {
                assertThat(next.sessionsOf(leaving)).allMatch(session -> session.value() <= held);
            }
        });
        if (dropOut && replanned instanceof RotationOutcome.Planned planned) {
            var givenAway = plan.slots().stream()
                    .filter(slot -> slot.presenter().equals(leaving) && slot.session().value() > held)
                    .map(PresentationSlot::session).toList();
            assertThat(planned.changes().stream().filter(change -> change.before().equals(Optional.of(leaving)))
                    .map(PlanChange::session).toList()).as("the drop-out's future places are reported as changes")
                    .isEqualTo(givenAway);
        }
    }

    @Property(tries = 300)
    @Label("a drop-out kept in the record changes nothing for the others compared with erasing them, apart from their held places")
    void dropOutsDoNotAffectOthers(@ForAll @IntRange(min = 2, max = 6) int members,
            @ForAll @IntRange(min = 1, max = 6) int sessions, @ForAll @IntRange(min = 1, max = 2) int cases,
            @ForAll long seed, @ForAll boolean withOverrides) {
        var situation = RandomGroups.situation(members, sessions, cases, seed, withOverrides);
        var random = new Random(seed);
        var left = new java.util.TreeSet<Integer>();
        left.add(random.nextInt(members));
        if (members > 2 && random.nextBoolean()) {
            left.add(random.nextInt(members));
        }
        var kept = situation.builder(new Random(seed), left, true).build().orElseThrow();
        var erased = situation.builder(new Random(seed), left, false).build().orElseThrow();

        RotationOutcome withRecord = planner.plan(kept);
        RotationOutcome without = planner.plan(erased);

        Statistics.label("a drop-out presented in a held session").collect(left.stream()
                .anyMatch(m -> situation.history().stream().anyMatch(presenters -> presenters.contains(m))));
        assertThat(withRecord.getClass()).isEqualTo(without.getClass());
        if (!withOverrides) {
            assertThat(withRecord.everyonePresents())
                    .as("a turn for every remaining member exactly when brute force finds one")
                    .isEqualTo(BruteForce.everyoneCanPresent(situation, false, false, left));
        }
        if (withRecord instanceof RotationOutcome.Blocked blocked) {
            assertThat(blocked.conflicts()).isEqualTo(((RotationOutcome.Blocked) without).conflicts());
        }
        withRecord.proposedPlan().ifPresent(plan -> {
            var reference = without.proposedPlan().orElseThrow();
            assertThat(plan.slots().stream().filter(slot -> slot.session().value() > situation.held()))
                    .containsExactlyElementsOf(reference.slots().stream()
                            .filter(slot -> slot.session().value() > situation.held()).toList());
            assertRespectsTheFacts(situation, plan);
            for (int m : left) {
                assertThat(plan.sessionsOf(situation.member(m))).allMatch(session -> session.value() <= situation.held());
            }
        });
    }

    @Property(tries = 200)
    @Label("re-planning a situation that has not changed changes nothing")
    void replanWithoutChangeIsStable(@ForAll @IntRange(min = 1, max = 6) int members,
            @ForAll @IntRange(min = 1, max = 6) int sessions, @ForAll @IntRange(min = 1, max = 2) int cases,
            @ForAll long seed) {
        var situation = RandomGroups.situation(members, sessions, cases, seed, true);
        RotationRequest request = situation.request();
        RotationOutcome first = planner.plan(request);
        first.proposedPlan().ifPresent(plan -> {
            RotationOutcome again = planner.plan(request.toBuilder().currentPlan(plan).build().orElseThrow());
            assertThat(again.proposedPlan()).contains(plan);
            if (again instanceof RotationOutcome.Planned planned) {
                assertThat(planned.changes()).isEmpty();
            }
        });
    }

    @Property(tries = 200)
    @Label("a re-plan keeps as many places of the current plan as any plan giving everyone a turn could")
    void replanChangesAsLittleAsPossible(@ForAll @IntRange(min = 2, max = 4) int members,
            @ForAll @IntRange(min = 2, max = 5) int sessions, @ForAll @IntRange(min = 1, max = 2) int cases,
            @ForAll long seed) {
        var random = new Random(seed);
        var start = RandomGroups.situation(members, sessions, cases, seed, false);
        start.volunteers().clear();
        var first = planner.plan(start.request()).proposedPlan();
        if (first.isEmpty()) {
            return;
        }
        var plan = first.get();
        Set<Integer> left = random.nextInt(3) == 0 ? Set.of(random.nextInt(members)) : Set.of();
        var builder = start.builder(new Random(seed), left, true).currentPlan(plan);
        int held = Math.min(sessions, start.held() + random.nextInt(2));
        for (int s = start.held() + 1; s <= held; s++) {
            var presenters = new ArrayList<>(plan.presentersIn(SessionNumber.of(s)));
            if (!presenters.isEmpty() && random.nextBoolean()) {
                presenters.remove(random.nextInt(presenters.size()));
            }
            builder.held(SessionNumber.of(s), presenters);
        }
        for (int s = held + 1; s <= sessions; s++) {
            for (MemberId presenter : plan.presentersIn(SessionNumber.of(s))) {
                if (random.nextInt(4) == 0) {
                    builder.unavailable(presenter, SessionNumber.of(s));
                }
            }
        }
        if (random.nextInt(3) == 0) {
            builder.member(RotationFixture.id("Nash"), "Nash");
        }
        RotationRequest request = builder.build().orElseThrow();
        int mostKept = BruteForce.mostPlacesKept(request);
        RotationOutcome outcome = planner.plan(request);

        Statistics.label("re-plan needs changes").collect(mostKept >= 0 && outcome instanceof RotationOutcome.Planned p
                && !p.changes().isEmpty());
        if (mostKept < 0) {
            assertThat(outcome).isInstanceOf(RotationOutcome.Blocked.class);
            return;
        }
        var next = RotationFixture.planned(outcome).plan();
        long kept = next.slots().stream().filter(slot -> slot.session().value() > held)
                .filter(plan.slots()::contains).count();
        assertThat(kept).isEqualTo(mostKept);
        left.forEach(m -> assertThat(next.sessionsOf(start.member(m))).allMatch(session -> session.value() <= held));
    }

    @Property(tries = 300)
    @Label("a place stays open only when every member is unavailable for that session or already presents in it")
    void placesOpenOnlyWhenNobodyCanAttend(@ForAll @IntRange(min = 1, max = 6) int members,
            @ForAll @IntRange(min = 1, max = 6) int sessions, @ForAll @IntRange(min = 1, max = 2) int cases,
            @ForAll long seed, @ForAll boolean withOverrides) {
        var situation = RandomGroups.situation(members, sessions, cases, seed, withOverrides);
        planner.plan(situation.request()).proposedPlan().ifPresent(plan -> {
            for (int s = situation.held() + 1; s <= sessions; s++) {
                var session = SessionNumber.of(s);
                if (plan.openPlacesIn(session) > 0) {
                    for (int m = 0; m < members; m++) {
                        assertThat(situation.isUnavailable(m, s) || plan.presentersIn(session).contains(situation.member(m)))
                                .as("%s could have taken the open place in %s", situation.member(m), session).isTrue();
                    }
                }
            }
        });
    }

    @Property(tries = 200)
    @Label("with at least twice as many members as places in a session and everyone available, nobody presents in consecutive sessions")
    void noConsecutiveTurnsWhenAvoidable(@ForAll @IntRange(min = 1, max = 3) int cases,
            @ForAll @IntRange(min = 0, max = 6) int extraMembers, @ForAll @IntRange(min = 1, max = 10) int sessions) {
        int members = 2 * cases + extraMembers;
        Assume.that(members <= sessions * cases);
        var plan = RotationFixture.planned(planner.plan(RotationFixture.valid(
                RotationFixture.aGroupOf(members, sessions).casesPerSession(cases)))).plan();
        for (int s = 1; s < sessions; s++) {
            assertThat(plan.presentersIn(SessionNumber.of(s)))
                    .doesNotContainAnyElementsOf(plan.presentersIn(SessionNumber.of(s + 1)));
        }
    }

    private static void assertEveryonePresents(RandomGroups.Situation situation, RotationPlan plan) {
        for (int m = 0; m < situation.members(); m++) {
            assertThat(plan.sessionsOf(situation.member(m))).as("turns of %s", situation.member(m)).isNotEmpty();
        }
    }

    private static void assertRespectsTheFacts(RandomGroups.Situation situation, RotationPlan plan) {
        for (int s = 1; s <= situation.sessions(); s++) {
            var session = SessionNumber.of(s);
            List<MemberId> presenters = plan.presentersIn(session);
            assertThat(presenters).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(situation.cases());
            if (s <= situation.held()) {
                var recorded = situation.history().get(s - 1).stream().map(situation::member).toList();
                assertThat(presenters).as("held %s", session).containsExactlyInAnyOrderElementsOf(recorded);
            } else {
                for (int m = 0; m < situation.members(); m++) {
                    if (situation.isUnavailable(m, s)) {
                        assertThat(presenters).as("unavailable in %s", session).doesNotContain(situation.member(m));
                    }
                }
            }
        }
    }
}
