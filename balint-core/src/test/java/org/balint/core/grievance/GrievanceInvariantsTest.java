package org.balint.core.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.balint.core.grievance.GrievanceFixtures.CHAIR;
import static org.balint.core.grievance.GrievanceFixtures.CONCERN;
import static org.balint.core.grievance.GrievanceFixtures.FILED;
import static org.balint.core.grievance.GrievanceFixtures.NEXT_DAY;
import static org.balint.core.grievance.GrievanceFixtures.NURSES_GROUP;
import static org.balint.core.grievance.GrievanceFixtures.PRIYA;

import java.util.List;
import java.util.Optional;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A stored grievance is always consistent; rebuilding an inconsistent one is a programming error. */
class GrievanceInvariantsTest {

    private static final List<AuditEntry> TRAIL =
            List.of(new AuditEntry(FILED, Actor.person(PRIYA), "grievance-received", "grievance G-1 received"));

    @Test
    @DisplayName("a received grievance rebuilt from storage equals the original")
    void consistentGrievanceBuilds() {
        var grievance = new Grievance(new GrievanceId("G-1"), NURSES_GROUP, PRIYA, CONCERN, Disclosure.NAMED, CHAIR,
                GrievanceStatus.RECEIVED, FILED, Optional.empty(), Optional.empty(), Optional.empty(), TRAIL);

        assertThat(grievance.isAnonymousTowardFaculty()).isFalse();
        assertThat(grievance.acknowledged(NEXT_DAY).status()).isEqualTo(GrievanceStatus.ACKNOWLEDGED);
    }

    @Test
    @DisplayName("a grievance marked resolved without a resolution time and note is refused as inconsistent")
    void resolvedNeedsTimeAndNote() {
        assertThatThrownBy(() -> new Grievance(new GrievanceId("G-1"), NURSES_GROUP, PRIYA, CONCERN, Disclosure.NAMED,
                CHAIR, GrievanceStatus.RESOLVED, FILED, Optional.of(NEXT_DAY), Optional.empty(), Optional.empty(), TRAIL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolved");
    }

    @Test
    @DisplayName("a grievance acknowledged before it was received is refused as inconsistent")
    void stepsInTimeOrder() {
        assertThatThrownBy(() -> new Grievance(new GrievanceId("G-1"), NURSES_GROUP, PRIYA, CONCERN, Disclosure.NAMED,
                CHAIR, GrievanceStatus.ACKNOWLEDGED, NEXT_DAY, Optional.of(FILED), Optional.empty(), Optional.empty(),
                TRAIL)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time order");
    }

    @Test
    @DisplayName("a grievance handled by its own complainant is refused as inconsistent")
    void handlerIsNotComplainant() {
        assertThatThrownBy(() -> new Grievance(new GrievanceId("G-1"), NURSES_GROUP, PRIYA, CONCERN, Disclosure.NAMED,
                PRIYA, GrievanceStatus.RECEIVED, FILED, Optional.empty(), Optional.empty(), Optional.empty(), TRAIL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the filing notice asks complainants not to include patient details")
    void filingNotice() {
        assertThat(GrievanceFiling.TEXT_NOTICE).contains("do not include", "patient");
    }

    @Test
    @DisplayName("statuses follow each other received, acknowledged, resolved, and nothing follows resolved")
    void statusOrder() {
        assertThat(GrievanceStatus.RECEIVED.next()).contains(GrievanceStatus.ACKNOWLEDGED);
        assertThat(GrievanceStatus.ACKNOWLEDGED.next()).contains(GrievanceStatus.RESOLVED);
        assertThat(GrievanceStatus.RESOLVED.next()).isEmpty();
    }
}
