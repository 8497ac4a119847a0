package org.balint.lti.tool.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.lti.tool.members.RosterFixture.GROUP;
import static org.balint.lti.tool.members.RosterFixture.LEVI;
import static org.balint.lti.tool.members.RosterFixture.PLACEMENT;
import static org.balint.lti.tool.members.RosterFixture.TENANT;
import static org.balint.lti.tool.members.RosterFixture.person;

import java.util.EnumSet;
import java.util.Optional;
import org.balint.core.audit.Actor;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.registration.Attestation;
import org.balint.core.registration.DeferralReason;
import org.balint.core.registration.RegistrationDesk;
import org.balint.core.registration.RegistrationForm;
import org.balint.lti.tool.roster.RosterSyncStates;
import org.balint.lti.tool.roster.SyncCounts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A leader reviews the registrations of their group")
class ReviewingRegistrationsAsALeaderTest {

    private static final Member SAM = person("sam", "Sam Rivera");
    private static final Member LENA = person("lena", "Lena Novak");
    private static final Member OMAR = person("omar", "Omar Haddad");

    private static String line(RosterEntry e) {
        return e.name() + " " + e.standing().code() + e.waitlistPosition().map(p -> " #" + p).orElse("");
    }

    @Test
    @DisplayName("the roster lists every registration with its standing and screening, the review queue apart")
    void roster() {
        RosterFixture fixture = RosterFixture.aGroupWithPlaces(6).registers(SAM, false).registers(LENA, true)
                .submits(new RegistrationForm(OMAR, EnumSet.of(Attestation.CLINICALLY_ACTIVE), false));

        RosterOverview overview = fixture.roster().overview(TENANT, GROUP, PLACEMENT).orElseThrow();

        assertThat(overview.everyone()).extracting(ReviewingRegistrationsAsALeaderTest::line).containsExactly(
                "Sam Rivera accepted", "Lena Novak awaiting-faculty-review", "Omar Haddad declined-at-screening");
        assertThat(overview.reviewQueue()).extracting(RosterEntry::name).containsExactly("Lena Novak");
        RosterEntry lena = overview.reviewQueue().get(0);
        assertThat(lena.stressfulPeriodReported()).isTrue();
        assertThat(lena.missing()).isEmpty();
        RosterEntry omar = overview.everyone().get(2);
        assertThat(omar.given()).containsExactly(Attestation.CLINICALLY_ACTIVE);
        assertThat(omar.missing()).hasSize(3);
        assertThat(omar.declineReasons()).extracting(v -> v.code()).contains("not-willing-to-present");
        assertThat(overview.members()).isEqualTo(1);
        assertThat(overview.placesLeft()).isEqualTo(5);
        assertThat(overview.everyone().get(0).profession()).isEqualTo("Physician (family medicine)");
        assertThat(overview.lastSync()).isEmpty();
    }

    @Test
    @DisplayName("the roster carries the last roster sync of the placement as it is stored")
    void lastSync() {
        RosterFixture fixture = RosterFixture.aGroupWithPlaces(6);
        var state = new RosterSyncStates.SyncState(RosterFixture.CLOCK.instant(), Optional.of(RosterFixture.CLOCK.instant()),
                Optional.empty(), "roster-service-not-offered", "The course does not offer its roster to Balint.",
                new SyncCounts(0, 0, 0, 0));

        RosterOverview overview = new GroupRoster(fixture.records, key -> key.equals(PLACEMENT) ? Optional.of(state)
                : Optional.empty(), RosterFixture.CLOCK).overview(TENANT, GROUP, PLACEMENT).orElseThrow();

        assertThat(overview.lastSync()).contains(state);
    }

    @Test
    @DisplayName("declining without a reason from the core's list is refused at the reason field, and nothing changes")
    void declineNeedsAReason() {
        RosterFixture fixture = RosterFixture.aGroupWithPlaces(6).registers(LENA, true);

        DecisionOutcome missing = fixture.roster().decide(TENANT, GROUP, LEVI.id(), new DecisionRequest("lena", "defer", ""));
        DecisionOutcome unknown = fixture.roster().decide(TENANT, GROUP, LEVI.id(),
                new DecisionRequest("lena", "defer", "because"));
        DecisionOutcome nothing = fixture.roster().decide(TENANT, GROUP, LEVI.id(), new DecisionRequest("lena", "", ""));

        assertThat(missing).isInstanceOfSatisfying(DecisionOutcome.Refused.class, r -> assertThat(r.status()).isEqualTo(400));
        assertThat(missing.violations()).extracting(v -> v.field().orElse("-") + " " + v.violation().code())
                .containsExactly("reason deferral-reason-missing");
        assertThat(unknown.violations()).extracting(v -> v.violation().code()).containsExactly("deferral-reason-unknown");
        assertThat(nothing.violations()).extracting(v -> v.field().orElse("-") + " " + v.violation().code())
                .containsExactly("decision decision-missing");
        assertThat(fixture.roster().overview(TENANT, GROUP, PLACEMENT).orElseThrow().reviewQueue())
                .extracting(RosterEntry::name).containsExactly("Lena Novak");
    }

    @Test
    @DisplayName("declining for a standard reason recommends a later series with that reason's note")
    void declineForAReason() {
        RosterFixture fixture = RosterFixture.aGroupWithPlaces(6).registers(LENA, true);

        DecisionOutcome outcome = fixture.roster().decide(TENANT, GROUP, LEVI.id(),
                new DecisionRequest("lena", "defer", DeferralReason.STRESSFUL_PERIOD.code()));

        RosterEntry lena = outcome.decided().orElseThrow();
        assertThat(lena.standing()).isEqualTo(RosterEntry.Standing.LATER_SERIES_RECOMMENDED);
        assertThat(lena.note()).contains(DeferralReason.STRESSFUL_PERIOD.note());
        assertThat(fixture.group().isMember(LENA.id())).isFalse();
        assertThat(((DecisionOutcome.Decided) outcome).summary()).contains("later series");
    }

    @Test
    @DisplayName("accepting takes the registrant into the group, or onto the waitlist when it is full")
    void accept() {
        RosterFixture fixture = RosterFixture.aGroupWithPlaces(6).registers(LENA, true).registers(OMAR, true);
        for (int i = 1; i <= 5; i++) {
            fixture.registers(person("m" + i, "Member " + i), false);
        }

        DecisionOutcome lena = fixture.roster().decide(TENANT, GROUP, LEVI.id(), new DecisionRequest("lena", "accept", ""));
        DecisionOutcome omar = fixture.roster().decide(TENANT, GROUP, LEVI.id(), new DecisionRequest("omar", "accept", ""));

        assertThat(lena.decided().orElseThrow().standing()).isEqualTo(RosterEntry.Standing.ACCEPTED);
        assertThat(fixture.group().isMember(LENA.id())).isTrue();
        assertThat(line(omar.decided().orElseThrow())).isEqualTo("Omar Haddad waitlisted #1");
        assertThat(((DecisionOutcome.Decided) omar).summary()).contains("position 1 on the waitlist");
    }

    @Test
    @DisplayName("a registration no longer awaiting review, or nobody's, is refused with what to do; only faculty decide")
    void refusals() {
        RosterFixture fixture = RosterFixture.aGroupWithPlaces(6).registers(SAM, false).registers(LENA, true);

        DecisionOutcome accepted = fixture.roster().decide(TENANT, GROUP, LEVI.id(), new DecisionRequest("sam", "accept", ""));
        DecisionOutcome nobody = fixture.roster().decide(TENANT, GROUP, LEVI.id(), new DecisionRequest("zoe", "accept", ""));
        DecisionOutcome stranger = fixture.roster().decide(TENANT, GROUP, new MemberId("sam"),
                new DecisionRequest("lena", "accept", ""));
        DecisionOutcome unnamed = fixture.roster().decide(TENANT, GROUP, LEVI.id(), new DecisionRequest(" ", "accept", ""));

        assertThat(accepted).isInstanceOfSatisfying(DecisionOutcome.Refused.class, r -> assertThat(r.status()).isEqualTo(409));
        assertThat(accepted.violations()).extracting(v -> v.violation().code()).containsExactly("not-awaiting-review");
        assertThat(nobody).isInstanceOfSatisfying(DecisionOutcome.Refused.class, r -> assertThat(r.status()).isEqualTo(404));
        assertThat(stranger).isInstanceOfSatisfying(DecisionOutcome.Refused.class, r -> assertThat(r.status()).isEqualTo(403));
        assertThat(stranger.violations()).extracting(v -> v.violation().code()).containsExactly("not-faculty");
        assertThat(unnamed.violations()).extracting(v -> v.violation().code()).containsExactly("registrant-missing");
        assertThat(fixture.group().isMember(LENA.id())).isFalse();
    }

    @Test
    @DisplayName("promotion fills a place freed by a member leaving the group, first in line first, and says who stays waiting")
    void promotion() {
        RosterFixture fixture = RosterFixture.aGroupWithPlaces(6);
        for (int i = 1; i <= 6; i++) {
            fixture.registers(person("m" + i, "Member " + i), false);
        }
        fixture.registers(SAM, false).registers(LENA, false);
        fixture.records.inTransaction(TENANT, r -> {
            var group = r.groups().find(GROUP).orElseThrow();
            r.groups().save(group.leave(new MemberId("m1"), RosterFixture.CLOCK.instant()).changedGroup().orElseThrow());
            return null;
        });

        PromotionOutcome outcome = fixture.roster().promote(TENANT, GROUP).orElseThrow();
        PromotionOutcome again = fixture.roster().promote(TENANT, GROUP).orElseThrow();

        assertThat(outcome.promoted()).containsExactly("Sam Rivera");
        assertThat(outcome.heldBack()).extracting(v -> v.code()).containsExactly("no-place-free");
        assertThat(outcome.summary()).startsWith("Promoted from the waitlist into the group: Sam Rivera.");
        assertThat(again.promoted()).isEmpty();
        assertThat(fixture.roster().overview(TENANT, GROUP, PLACEMENT).orElseThrow().waitlist())
                .extracting(ReviewingRegistrationsAsALeaderTest::line).containsExactly("Lena Novak waitlisted #1");
    }

    @Test
    @DisplayName("a registrant who left the course reads as such, not as their own withdrawal")
    void leftTheCourse() {
        RosterFixture fixture = RosterFixture.aGroupWithPlaces(6).registers(SAM, false).registers(LENA, false);
        fixture.records.inTransaction(TENANT, r -> new RegistrationDesk(r.groups(), r.registrations(), RosterFixture.CLOCK)
                .recordLeftTheCourse(GROUP, SAM.id(), Actor.process("roster sync")));
        fixture.records.inTransaction(TENANT, r -> new RegistrationDesk(r.groups(), r.registrations(), RosterFixture.CLOCK)
                .withdraw(GROUP, LENA.id(), Actor.person(LENA.id())));

        assertThat(fixture.roster().overview(TENANT, GROUP, PLACEMENT).orElseThrow().everyone())
                .extracting(ReviewingRegistrationsAsALeaderTest::line)
                .containsExactly("Sam Rivera left-the-course", "Lena Novak withdrawn");
    }

    @Test
    @DisplayName("a group that is not stored has no roster")
    void noGroup() {
        assertThat(RosterFixture.aGroupWithPlaces(6).roster().overview(TENANT, new org.balint.core.group.GroupId("other"),
                PLACEMENT)).isEmpty();
    }
}
