package org.balint.core.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.grievance.GrievanceFixtures.CHAIR;
import static org.balint.core.grievance.GrievanceFixtures.CHAIR_WITH_DEPUTY;
import static org.balint.core.grievance.GrievanceFixtures.CONCERN;
import static org.balint.core.grievance.GrievanceFixtures.DEPUTY;
import static org.balint.core.grievance.GrievanceFixtures.FILED;
import static org.balint.core.grievance.GrievanceFixtures.NURSES_GROUP;
import static org.balint.core.grievance.GrievanceFixtures.PRIYA;
import static org.balint.core.grievance.GrievanceFixtures.anonymousTowardFaculty;
import static org.balint.core.grievance.GrievanceFixtures.at;
import static org.balint.core.grievance.GrievanceFixtures.named;

import java.util.List;
import java.util.Optional;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FilingAGrievanceTest {

    private final InMemoryGrievanceStore store = new InMemoryGrievanceStore();
    private final GrievanceDesk desk = new GrievanceDesk(store, CHAIR_WITH_DEPUTY, at(FILED));

    @Test
    @DisplayName("a filed grievance is received at the clock's time and routed to the committee chair")
    void receivedAndRoutedToChair() {
        var grievance = desk.file(named(PRIYA)).orElseThrow();

        assertThat(grievance.id()).isEqualTo(new GrievanceId("G-1"));
        assertThat(grievance.status()).isEqualTo(GrievanceStatus.RECEIVED);
        assertThat(grievance.receivedAt()).isEqualTo(FILED);
        assertThat(grievance.handler()).isEqualTo(CHAIR);
        assertThat(grievance.text()).isEqualTo(CONCERN);
        assertThat(grievance.acknowledgedAt()).isEmpty();
        assertThat(desk.grievance(grievance.id())).contains(grievance);
    }

    @Test
    @DisplayName("intake and routing are the first two entries of the audit trail")
    void intakeAudited() {
        var grievance = desk.file(anonymousTowardFaculty(PRIYA)).orElseThrow();

        assertThat(grievance.trail()).containsExactly(
                new AuditEntry(FILED, Actor.person(PRIYA), "grievance-received",
                        "grievance G-1 received about group nurse-practitioners-autumn, anonymous toward faculty"),
                new AuditEntry(FILED, Actor.process("grievance routing"), "grievance-routed",
                        "grievance G-1 routed to dr-okafor, the committee chair"));
    }

    @Test
    @DisplayName("a grievance anonymous toward faculty hides the complainant from faculty but not from the chair")
    void anonymousGrievanceHidesComplainantFromFaculty() {
        var grievance = desk.file(anonymousTowardFaculty(PRIYA)).orElseThrow();

        assertThat(grievance.complainant()).isEqualTo(PRIYA);
        var facultyView = grievance.facultyView();
        assertThat(facultyView.complainant()).isEmpty();
        assertThat(facultyView.text()).isEqualTo(CONCERN);
        assertThat(facultyView.status()).isEqualTo(GrievanceStatus.RECEIVED);
        assertThat(facultyView.toString()).doesNotContain(PRIYA.value());
        assertThat(desk.facultyViewsOf(NURSES_GROUP)).containsExactly(facultyView);
    }

    @Test
    @DisplayName("a named grievance shows faculty who filed it")
    void namedGrievance() {
        var grievance = desk.file(named(PRIYA)).orElseThrow();

        assertThat(grievance.facultyView().complainant()).contains(PRIYA);
    }

    @Test
    @DisplayName("with no committee chair configured the grievance is refused and nothing is stored")
    void noChairRefused() {
        var unrouted = new GrievanceDesk(store, GrievanceRouting.unconfigured(), at(FILED));

        var outcome = unrouted.file(named(PRIYA));

        assertThat(outcome.violations()).extracting(Violation::code).containsExactly("no-committee-chair");
        assertThat(store.size()).isZero();
    }

    @Test
    @DisplayName("a grievance filed by the chair goes to the deputy chair")
    void chairsGrievanceGoesToDeputy() {
        var grievance = desk.file(named(CHAIR)).orElseThrow();

        assertThat(grievance.handler()).isEqualTo(DEPUTY);
        assertThat(grievance.trail().get(1).description())
                .isEqualTo("grievance G-1 routed to dr-lindqvist, the deputy chair, because the chair filed it");
    }

    @Test
    @DisplayName("a grievance filed by the deputy goes to the chair")
    void deputysGrievanceGoesToChair() {
        assertThat(desk.file(named(DEPUTY)).orElseThrow().handler()).isEqualTo(CHAIR);
    }

    @Test
    @DisplayName("a grievance filed by the chair is refused when there is no deputy to handle it")
    void chairWithoutDeputyRefused() {
        var chairOnly = new GrievanceDesk(store, GrievanceRouting.toChair(CHAIR), at(FILED));

        assertThat(chairOnly.file(named(CHAIR)).violations()).extracting(Violation::code)
                .containsExactly("no-independent-chair");
        assertThat(store.size()).isZero();
    }

    @Test
    @DisplayName("a grievance of 5,000 characters is received and one of 5,001 is refused")
    void textLengthBounded() {
        assertThat(desk.file(new GrievanceFiling(PRIYA, NURSES_GROUP, "g".repeat(5000), Disclosure.NAMED)).isValid())
                .isTrue();
        assertThat(desk.file(new GrievanceFiling(PRIYA, NURSES_GROUP, "g".repeat(5001), Disclosure.NAMED))
                .violations()).extracting(Violation::code).containsExactly("grievance-too-long");
    }

    @Test
    @DisplayName("a grievance with several problems gets every reason")
    void everyReason() {
        var unrouted = new GrievanceDesk(store, GrievanceRouting.unconfigured(), at(FILED));

        var outcome = unrouted.file(new GrievanceFiling(PRIYA, NURSES_GROUP, "   ", Disclosure.NAMED));

        assertThat(outcome.violations()).extracting(Violation::code)
                .containsExactly("no-committee-chair", "blank-grievance");
    }

    @Test
    @DisplayName("routing with a deputy but no chair, or the same person as both, is refused")
    void impossibleRoutingRefused() {
        assertThat(GrievanceRouting.of(Optional.empty(), Optional.of(DEPUTY)).violations())
                .extracting(Violation::code).containsExactly("deputy-without-chair");
        assertThat(GrievanceRouting.of(Optional.of(CHAIR), Optional.of(CHAIR)).violations())
                .extracting(Violation::code).containsExactly("deputy-is-chair");
        assertThat(GrievanceRouting.of(Optional.of(CHAIR), Optional.of(DEPUTY)).orElseThrow())
                .isEqualTo(CHAIR_WITH_DEPUTY);
        assertThat(List.of(GrievanceRouting.unconfigured().handlerFor(PRIYA))).containsExactly(Optional.empty());
    }
}
