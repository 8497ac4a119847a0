package org.balint.lti.tool.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.balint.core.credit.CreditHours;
import org.balint.core.credit.CreditOffer;
import org.balint.core.credit.CreditType;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.registration.Attestation;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.gradebook.LeaderCredit;
import org.balint.lti.tool.gradebook.MemberSyncStatus;
import org.balint.lti.tool.members.RosterEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The JSON views of a leader's roster and credit, and the refusals of their forms")
class DescribingLeadersRecordsTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    private static LeaderCredit.MemberCredit unoffered(String id, MemberSyncStatus status) {
        return new LeaderCredit.MemberCredit(new MemberId(id), id, new CreditOffer(CreditType.AAFP_PRESCRIBED, false,
                "Offered to physicians only."), Optional.empty(), status);
    }

    @Test
    @DisplayName("gradebook statuses read sent, waiting, refused, not-gradable or nothing-to-send; only a refusal can be sent again")
    void gradebookStatuses() {
        CreditOverviewView view = CreditOverviewView.of(new LeaderCredit.CreditOverview(new GroupId("g-1"),
                CreditHours.ofQuarterHours(48), List.of(), List.of(
                        unoffered("a", new MemberSyncStatus.Delivered(1, AT)),
                        unoffered("b", new MemberSyncStatus.Pending(1, AT)),
                        unoffered("c", new MemberSyncStatus.Retrying(1, 2, AT, "HTTP 503")),
                        unoffered("d", new MemberSyncStatus.Failed(1, "user-not-gradable", "Not enrolled.")),
                        unoffered("e", new MemberSyncStatus.Failed(1, "line-item-gone", "The column is gone.")),
                        unoffered("f", new MemberSyncStatus.NothingToSend()))));

        assertThat(view.members()).extracting(m -> m.member() + " " + m.gradebook().status() + " " + m.gradebook().canSendAgain())
                .containsExactly("a sent false", "b waiting false", "c waiting false", "d not-gradable true",
                        "e refused true", "f nothing-to-send false");
        assertThat(view.members().get(2).gradebook().attempts()).isEqualTo(2);
        assertThat(view.members().get(3).gradebook().message()).contains("Not enrolled.");
        assertThat(view.members().get(0).offered()).isFalse();
        assertThat(view.maximum()).isEqualTo("12.00");
    }

    @Test
    @DisplayName("a registration shows its screening as attestation codes, and nothing clinical")
    void registration() {
        RegistrationView view = RegistrationView.of(new RosterEntry(new MemberId("sam"), "Sam Rivera",
                "Physician (family medicine)", RosterEntry.Standing.WAITLISTED, Optional.of(2), AT, AT,
                List.of(Attestation.CLINICALLY_ACTIVE), List.of(Attestation.WILLING_TO_PRESENT), true, Optional.empty(),
                List.of()));

        assertThat(view.standing()).isEqualTo("waitlisted");
        assertThat(view.waitlistPosition()).contains(2);
        assertThat(view.attestationsGiven()).containsExactly("clinically-active");
        assertThat(view.attestationsMissing()).containsExactly("willing-to-present");
        assertThat(view.stressfulPeriodReported()).isTrue();
    }

    @Test
    @DisplayName("a call without a body is refused with what to send")
    void noBody() {
        ApiRefusal missing = ApiRefusal.of(400, "entry-missing", "Send the entry as JSON.");

        for (String body : new String[] {null, "", "  "}) {
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> LeadingResource.parsed(body, LogEntryInput.class, missing), ApiRefused.class).refusal())
                    .isEqualTo(missing);
        }
    }

    @Test
    @DisplayName("a refusal with several reasons carries the first code and every reason with its field")
    void refusal() {
        ApiRefusal refusal = LeadingResource.refusal(400, List.of(
                FieldViolation.at("supervised_date", "date-invalid", "give the date"),
                FieldViolation.general(Violation.of("duplicate-intensive", "already logged"))));

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.problem().code()).isEqualTo("date-invalid");
        assertThat(refusal.problem().message()).isEqualTo("supervised_date: give the date; already logged");
    }
}
