package org.balint.core.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.grievance.GrievanceFixtures.CHAIR;
import static org.balint.core.grievance.GrievanceFixtures.CHAIR_WITH_DEPUTY;
import static org.balint.core.grievance.GrievanceFixtures.DEPUTY;
import static org.balint.core.grievance.GrievanceFixtures.FILED;
import static org.balint.core.grievance.GrievanceFixtures.PRIYA;
import static org.balint.core.grievance.GrievanceFixtures.TOMAS;
import static org.balint.core.grievance.GrievanceFixtures.at;
import static org.balint.core.grievance.GrievanceFixtures.named;

import java.util.Set;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoutingAroundTheGroupsLeadersTest {

    private final InMemoryGrievanceStore store = new InMemoryGrievanceStore();

    @Test
    @DisplayName("a grievance about a group the chair leads goes to the deputy chair, and the trail says why")
    void chairLeadingTheGroupHandsToDeputy() {
        var desk = new GrievanceDesk(store, CHAIR_WITH_DEPUTY, at(FILED));

        var grievance = desk.file(named(PRIYA), Set.of(CHAIR, TOMAS)).orElseThrow();

        assertThat(grievance.handler()).isEqualTo(DEPUTY);
        assertThat(grievance.trail()).last().isEqualTo(new AuditEntry(FILED, Actor.process("grievance routing"),
                "grievance-routed", "grievance G-1 routed to dr-lindqvist, the deputy chair, because the chair leads"
                        + " the group"));
    }

    @Test
    @DisplayName("a grievance about a group led by others goes to the chair")
    void groupLedByOthersGoesToChair() {
        var desk = new GrievanceDesk(store, CHAIR_WITH_DEPUTY, at(FILED));

        assertThat(desk.file(named(PRIYA), Set.of(TOMAS)).orElseThrow().handler()).isEqualTo(CHAIR);
    }

    @Test
    @DisplayName("when the chair and the deputy both lead the group the grievance is refused and nothing is stored")
    void nobodyIndependent() {
        var desk = new GrievanceDesk(store, CHAIR_WITH_DEPUTY, at(FILED));

        var outcome = desk.file(named(PRIYA), Set.of(CHAIR, DEPUTY));

        assertThat(outcome.violations()).extracting(Violation::code).containsExactly("no-independent-chair");
        assertThat(outcome.violations().get(0).message()).contains("does not lead this group");
        assertThat(store.forGroup(named(PRIYA).group())).isEmpty();
    }

    @Test
    @DisplayName("a chair without a deputy who leads the group cannot receive grievances about it")
    void chairLeadsWithoutDeputy() {
        var routing = GrievanceRouting.toChair(CHAIR);

        assertThat(routing.handlerFor(PRIYA, Set.of(CHAIR))).isEmpty();
        assertThat(routing.handlerFor(PRIYA, Set.of())).contains(CHAIR);
        assertThat(GrievanceRouting.unconfigured().handlerFor(PRIYA, Set.of())).isEmpty();
    }
}
