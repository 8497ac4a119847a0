package org.balint.core.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.grievance.GrievanceFixtures.CHAIR;
import static org.balint.core.grievance.GrievanceFixtures.CHAIR_WITH_DEPUTY;
import static org.balint.core.grievance.GrievanceFixtures.FILED;
import static org.balint.core.grievance.GrievanceFixtures.PRIYA;
import static org.balint.core.grievance.GrievanceFixtures.TOMAS;
import static org.balint.core.grievance.GrievanceFixtures.at;
import static org.balint.core.grievance.GrievanceFixtures.named;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.balint.core.validation.Validated;

class GrievanceStatusPropertiesTest {

    /** One attempted step: who tries which action, a number of hours after the previous attempt. */
    record Attempt(boolean resolve, boolean byChair, boolean withNote, int hoursLater) {
    }

    @Property(tries = 300)
    @Label("whatever is attempted, the status only moves forward, one step at a time, and each accepted step is audited once")
    void statusOnlyMovesForward(@ForAll("attempts") List<Attempt> attempts) {
        var store = new InMemoryGrievanceStore();
        var now = FILED;
        var grievance = new GrievanceDesk(store, CHAIR_WITH_DEPUTY, at(now)).file(named(PRIYA)).orElseThrow();

        for (var attempt : attempts) {
            now = now.plusSeconds(3600L * attempt.hoursLater());
            var desk = new GrievanceDesk(store, CHAIR_WITH_DEPUTY, at(now));
            var by = attempt.byChair() ? CHAIR : TOMAS;
            Validated<Grievance> outcome = attempt.resolve()
                    ? desk.resolve(grievance.id(), by, attempt.withNote() ? "resolved after a meeting" : "")
                    : desk.acknowledge(grievance.id(), by);
            var after = store.find(grievance.id()).orElseThrow();

            if (outcome.isValid()) {
                assertThat(grievance.status().next()).contains(after.status());
                assertThat(after.trail()).hasSize(grievance.trail().size() + 1);
                assertThat(after.trail().get(after.trail().size() - 1).at()).isEqualTo(now);
            } else {
                assertThat(after).isEqualTo(grievance);
            }
            assertThat(after.status().compareTo(grievance.status())).isGreaterThanOrEqualTo(0);
            grievance = after;
        }
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        var attempt = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 48)).as(Attempt::new);
        return attempt.list().ofMaxSize(8);
    }
}
