package org.balint.core.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupFixture;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;

class RegistrationPropertiesTest {

    /** One step a coordinator's system might take; {@code hour} orders the steps in time. */
    record Step(Kind kind, int registrant, int attestationsMissing, boolean stressful, int hour) {
    }

    enum Kind { REGISTER, WITHDRAW, FACULTY_ACCEPTS, PROMOTE }

    @Property(tries = 200)
    @Label("no sequence of registrations, reviews, withdrawals and promotions takes a group past its capacity")
    void neverOverCapacity(@ForAll("steps") List<Step> steps, @ForAll @IntRange(min = 1, max = 8) int places) {
        var run = new Run(RegistrationFixture.aGroupWithPlaces(places));
        for (Step step : steps) {
            run.apply(step);
            assertThat(run.group.members().size()).isLessThanOrEqualTo(places);
            assertThat(acceptedIds(run.registrations)).isEqualTo(memberIds(run.group));
            assertThat(run.registrations.waitlist()).noneMatch(w -> run.group.isMember(w.registrantId()));
        }
    }

    @Property(tries = 200)
    @Label("promotion from the waitlist takes people in the order they joined it, and never after the group closes")
    void promotionKeepsArrivalOrder(@ForAll("steps") List<Step> steps, @ForAll @IntRange(min = 1, max = 4) int places) {
        var run = new Run(RegistrationFixture.aGroupWithPlaces(places));
        var joinedWaitlist = new ArrayList<MemberId>();
        for (Step step : steps) {
            var waitingBefore = waitlistIds(run.registrations);
            var membersBefore = memberIds(run.group);
            var promoted = run.apply(step);

            assertThat(promoted).isEqualTo(waitingBefore.subList(0, promoted.size()));
            if (run.group.isClosedToNewMembersAt(run.at(step))) {
                assertThat(memberIds(run.group)).isSubsetOf(membersBefore);
            }
            waitlistIds(run.registrations).stream().filter(id -> !joinedWaitlist.contains(id)).forEach(joinedWaitlist::add);
            var stillInArrivalOrder = joinedWaitlist.stream().filter(waitlistIds(run.registrations)::contains).toList();
            assertThat(waitlistIds(run.registrations)).isEqualTo(stillInArrivalOrder);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, Arbitraries.just(Kind.REGISTER)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.WITHDRAW)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.FACULTY_ACCEPTS)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.PROMOTE))),
                Arbitraries.integers().between(1, 14),
                Arbitraries.frequency(net.jqwik.api.Tuple.of(8, 0), net.jqwik.api.Tuple.of(1, 1), net.jqwik.api.Tuple.of(1, 2)),
                Arbitraries.frequency(net.jqwik.api.Tuple.of(4, false), net.jqwik.api.Tuple.of(1, true)),
                Arbitraries.integers().between(0, 30 * 24))
                .as(Step::new);
        return step.list().ofMaxSize(30).map(list -> list.stream()
                .sorted(java.util.Comparator.comparingInt(Step::hour)).toList());
    }

    /** Applies steps to a group and its registrations, as a coordinator's system would. */
    private static final class Run {
        private BalintGroup group;
        private GroupRegistrations registrations;

        Run(BalintGroup group) {
            this.group = group;
            this.registrations = GroupRegistrations.none(group.id());
        }

        /** Steps start a week before the series and run through its first four weeks. */
        Instant at(Step step) {
            return GroupFixture.aWeekBeforeTheSeries().plusSeconds(step.hour() * 3600L);
        }

        /** Applies the step; returns who was promoted from the waitlist, in order. */
        List<MemberId> apply(Step step) {
            Member registrant = RegistrationFixture.registrant(step.registrant());
            Instant at = at(step);
            if (step.kind() == Kind.PROMOTE) {
                var promotion = registrations.promoteFromWaitlist(group, at);
                registrations = promotion.registrations();
                group = promotion.group();
                return promotion.promoted().stream().map(Registration::registrantId).toList();
            }
            RegistrationResult result;
            if (step.kind() == Kind.REGISTER) {
                var form = RegistrationForm.fullyAttested(registrant);
                for (int i = 0; i < step.attestationsMissing(); i++) {
                    form = form.without(Attestation.values()[i]);
                }
                result = registrations.register(step.stressful() ? form.reportingStressfulPeriod() : form, group,
                        RegistrationFixture.self(registrant), at);
            } else if (step.kind() == Kind.WITHDRAW) {
                result = registrations.withdraw(registrant.id(), group, RegistrationFixture.self(registrant), at);
            } else {
                var pending = registrations.awaitingReview(registrant.id());
                if (pending.isEmpty()) {
                    return List.of();
                }
                result = registrations.decide(pending.get().accept(RegistrationFixture.LEADER), group, at);
            }
            if (result instanceof RegistrationResult.Recorded recorded) {
                registrations = recorded.registrations();
                group = recorded.group();
                return recorded.promoted().stream().map(Registration::registrantId).toList();
            }
            return List.of();
        }
    }

    private static Set<MemberId> acceptedIds(GroupRegistrations registrations) {
        var ids = new HashSet<MemberId>();
        registrations.all().stream().filter(r -> r instanceof Registration.Accepted).forEach(r -> ids.add(r.registrantId()));
        return ids;
    }

    private static Set<MemberId> memberIds(BalintGroup group) {
        var ids = new HashSet<MemberId>();
        group.members().forEach(m -> ids.add(m.id()));
        return ids;
    }

    private static List<MemberId> waitlistIds(GroupRegistrations registrations) {
        return registrations.waitlist().stream().map(Registration::registrantId).toList();
    }

}
