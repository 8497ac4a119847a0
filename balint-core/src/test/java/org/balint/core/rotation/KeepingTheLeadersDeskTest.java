package org.balint.core.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.balint.core.rotation.RotationFixture.id;
import static org.balint.core.rotation.RotationFixture.session;

import java.time.Instant;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The leader's rotation desk")
class KeepingTheLeadersDeskTest {

    private static final Instant ASKED = Instant.parse("2026-03-03T09:00:00Z");

    private static SwapRequest request(String id, String from, int mine, String with, int theirs) {
        return SwapRequest.pending(id, new TurnSwap(PresentationSlot.of(session(mine), id(from)),
                PresentationSlot.of(session(theirs), id(with))), ASKED);
    }

    @Test
    @DisplayName("an empty desk has no changes; a volunteer, a swap or a re-plan are changes until published")
    void changesUntilPublished() {
        assertThat(RotationDesk.empty().hasChanges()).isFalse();
        var desk = RotationDesk.empty().withVolunteer(PresentationSlot.of(session(4), id("Chen")));
        assertThat(desk.hasChanges()).isTrue();
        assertThat(RotationDesk.empty().withReplan().hasChanges()).isTrue();
        assertThat(desk.published().hasChanges()).isFalse();
    }

    @Test
    @DisplayName("a member has one request waiting at a time; the second is refused with what to do")
    void oneWaitingRequestPerMember() {
        var desk = RotationDesk.empty().withRequest(request("r1", "Baker", 2, "Evans", 5));

        assertThat(desk.refusesRequest(request("r2", "Baker", 2, "Fox", 6))).map(Violation::code)
                .contains("request-pending");
        assertThat(desk.refusesRequest(request("r3", "Chen", 3, "Fox", 6))).isEmpty();
        assertThatThrownBy(() -> desk.withRequest(request("r2", "Baker", 2, "Fox", 6)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a decided request stays on record, is no longer pending, and cannot be decided twice")
    void decidedRequests() {
        var desk = RotationDesk.empty().withRequest(request("r1", "Baker", 2, "Evans", 5));
        SwapRequest accepted = desk.pending().get(0).accepted(id("Leader"), ASKED.plusSeconds(3600));

        var after = desk.withDecided(accepted).withSwap(accepted.swap()).published();

        assertThat(after.pending()).isEmpty();
        assertThat(after.requestsOf(id("Baker"))).extracting(SwapRequest::status)
                .containsExactly(SwapRequest.Status.ACCEPTED);
        assertThat(after.refusesRequest(request("r2", "Baker", 5, "Fox", 6))).isEmpty();
        assertThatThrownBy(() -> accepted.declined(id("Leader"), ASKED)).isInstanceOf(IllegalStateException.class);
    }
}
