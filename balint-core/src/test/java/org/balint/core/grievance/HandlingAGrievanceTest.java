package org.balint.core.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.grievance.GrievanceFixtures.A_WEEK_LATER;
import static org.balint.core.grievance.GrievanceFixtures.CHAIR;
import static org.balint.core.grievance.GrievanceFixtures.CHAIR_WITH_DEPUTY;
import static org.balint.core.grievance.GrievanceFixtures.DEPUTY;
import static org.balint.core.grievance.GrievanceFixtures.FILED;
import static org.balint.core.grievance.GrievanceFixtures.NEXT_DAY;
import static org.balint.core.grievance.GrievanceFixtures.NURSES_GROUP;
import static org.balint.core.grievance.GrievanceFixtures.PRIYA;
import static org.balint.core.grievance.GrievanceFixtures.RESIDENTS_GROUP;
import static org.balint.core.grievance.GrievanceFixtures.TOMAS;
import static org.balint.core.grievance.GrievanceFixtures.anonymousTowardFaculty;
import static org.balint.core.grievance.GrievanceFixtures.at;
import static org.balint.core.grievance.GrievanceFixtures.named;

import java.time.Instant;
import java.util.List;
import org.balint.core.audit.Actor;
import org.balint.core.audit.AuditEntry;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HandlingAGrievanceTest {

    private static final String NOTE = "Met the leader; sessions now run their full 90 minutes and missed time was made up.";

    private final InMemoryGrievanceStore store = new InMemoryGrievanceStore();

    private GrievanceDesk deskAt(Instant now) {
        return new GrievanceDesk(store, CHAIR_WITH_DEPUTY, at(now));
    }

    private Grievance filedByPriya() {
        return deskAt(FILED).file(anonymousTowardFaculty(PRIYA)).orElseThrow();
    }

    @Test
    @DisplayName("the chair acknowledges a received grievance the next day, and the step is timed and audited")
    void chairAcknowledges() {
        var filed = filedByPriya();

        var acknowledged = deskAt(NEXT_DAY).acknowledge(filed.id(), CHAIR).orElseThrow();

        assertThat(acknowledged.status()).isEqualTo(GrievanceStatus.ACKNOWLEDGED);
        assertThat(acknowledged.acknowledgedAt()).contains(NEXT_DAY);
        assertThat(acknowledged.receivedAt()).isEqualTo(FILED);
        assertThat(acknowledged.trail()).hasSize(3).last().isEqualTo(new AuditEntry(NEXT_DAY, Actor.person(CHAIR),
                "grievance-acknowledged", "grievance G-1 acknowledged by the committee chair"));
        assertThat(store.find(filed.id())).contains(acknowledged);
    }

    @Test
    @DisplayName("the chair resolves an acknowledged grievance with a note, timed and audited")
    void chairResolves() {
        var filed = filedByPriya();
        deskAt(NEXT_DAY).acknowledge(filed.id(), CHAIR).orElseThrow();

        var resolved = deskAt(A_WEEK_LATER).resolve(filed.id(), CHAIR, "  " + NOTE + " ").orElseThrow();

        assertThat(resolved.status()).isEqualTo(GrievanceStatus.RESOLVED);
        assertThat(resolved.resolvedAt()).contains(A_WEEK_LATER);
        assertThat(resolved.resolution()).contains(NOTE);
        assertThat(resolved.trail()).extracting(AuditEntry::event).containsExactly(
                "grievance-received", "grievance-routed", "grievance-acknowledged", "grievance-resolved");
        assertThat(resolved.trail()).extracting(AuditEntry::at).containsExactly(FILED, FILED, NEXT_DAY, A_WEEK_LATER);
        var facultyView = resolved.facultyView();
        assertThat(facultyView.resolution()).contains(NOTE);
        assertThat(facultyView.complainant()).isEmpty();
    }

    @Test
    @DisplayName("a grievance cannot be resolved before it is acknowledged")
    void resolveBeforeAcknowledgeRefused() {
        var filed = filedByPriya();

        var outcome = deskAt(NEXT_DAY).resolve(filed.id(), CHAIR, NOTE);

        assertThat(codes(outcome)).containsExactly("grievance-not-acknowledged");
        assertThat(store.find(filed.id())).contains(filed);
    }

    @Test
    @DisplayName("acknowledging twice is refused")
    void acknowledgeTwiceRefused() {
        var filed = filedByPriya();
        var acknowledged = deskAt(NEXT_DAY).acknowledge(filed.id(), CHAIR).orElseThrow();

        var outcome = deskAt(A_WEEK_LATER).acknowledge(filed.id(), CHAIR);

        assertThat(codes(outcome)).containsExactly("grievance-already-acknowledged");
        assertThat(store.find(filed.id())).contains(acknowledged);
    }

    @Test
    @DisplayName("a resolved grievance is closed: neither acknowledging nor resolving again is accepted")
    void resolvedIsClosed() {
        var filed = filedByPriya();
        deskAt(NEXT_DAY).acknowledge(filed.id(), CHAIR).orElseThrow();
        var resolved = deskAt(NEXT_DAY).resolve(filed.id(), CHAIR, NOTE).orElseThrow();

        assertThat(codes(deskAt(A_WEEK_LATER).acknowledge(filed.id(), CHAIR))).containsExactly("grievance-already-resolved");
        assertThat(codes(deskAt(A_WEEK_LATER).resolve(filed.id(), CHAIR, "another note")))
                .containsExactly("grievance-already-resolved");
        assertThat(store.find(filed.id())).contains(resolved);
    }

    @Test
    @DisplayName("only the chair the grievance was routed to may act on it")
    void onlyHandlingChairActs() {
        var filed = filedByPriya();

        var byDeputy = deskAt(NEXT_DAY).acknowledge(filed.id(), DEPUTY);
        var byMember = deskAt(NEXT_DAY).acknowledge(filed.id(), TOMAS);

        assertThat(codes(byDeputy)).containsExactly("not-the-handling-chair");
        assertThat(byMember.violations().get(0).message())
                .isEqualTo("grievance G-1 is handled by dr-okafor; only they can acknowledge it");
        assertThat(store.find(filed.id())).contains(filed);
    }

    @Test
    @DisplayName("a refused resolution lists every reason: wrong person, wrong step and a missing note")
    void everyReasonForResolution() {
        var filed = filedByPriya();

        var outcome = deskAt(NEXT_DAY).resolve(filed.id(), TOMAS, "  ");

        assertThat(codes(outcome))
                .containsExactly("not-the-handling-chair", "grievance-not-acknowledged", "blank-resolution-note");
    }

    @Test
    @DisplayName("a resolution note of 4,001 characters is refused")
    void overlongNoteRefused() {
        var filed = filedByPriya();
        deskAt(NEXT_DAY).acknowledge(filed.id(), CHAIR).orElseThrow();

        assertThat(codes(deskAt(NEXT_DAY).resolve(filed.id(), CHAIR, "n".repeat(4001))))
                .containsExactly("resolution-note-too-long");
        assertThat(deskAt(NEXT_DAY).resolve(filed.id(), CHAIR, "n".repeat(4000)).isValid()).isTrue();
    }

    @Test
    @DisplayName("acting on a reference nobody filed is refused")
    void unknownGrievanceRefused() {
        assertThat(codes(deskAt(NEXT_DAY).acknowledge(new GrievanceId("G-99"), CHAIR)))
                .containsExactly("unknown-grievance");
    }

    @Test
    @DisplayName("faculty see a group's grievances oldest first, and only that group's")
    void facultyViewsOfAGroup() {
        var first = filedByPriya();
        var second = deskAt(NEXT_DAY).file(named(TOMAS)).orElseThrow();
        deskAt(NEXT_DAY).file(new GrievanceFiling(TOMAS, RESIDENTS_GROUP, "Another group", Disclosure.NAMED));

        assertThat(deskAt(NEXT_DAY).facultyViewsOf(NURSES_GROUP))
                .containsExactly(first.facultyView(), second.facultyView());
    }

    private static List<String> codes(Validated<Grievance> outcome) {
        return outcome.violations().stream().map(Violation::code).toList();
    }
}
