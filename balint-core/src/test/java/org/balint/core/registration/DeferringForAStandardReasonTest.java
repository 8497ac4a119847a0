package org.balint.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.registration.RegistrationFixture.LEADER;
import static org.balint.core.registration.RegistrationFixture.REGISTRATION_DAY;
import static org.balint.core.registration.RegistrationFixture.aCompleteForm;
import static org.balint.core.registration.RegistrationFixture.anOpenGroup;
import static org.balint.core.registration.RegistrationFixture.drSilva;

import java.util.Arrays;
import org.balint.core.registration.RegistrationFixture.Desk;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeferringForAStandardReasonTest {

    @ParameterizedTest
    @EnumSource(DeferralReason.class)
    @DisplayName("faculty recommending deferral for a standard reason leave the registrant that reason's note")
    void theReasonsNoteReachesTheRegistrant(DeferralReason reason) {
        var desk = Desk.open(anOpenGroup()).registered(aCompleteForm(drSilva()).reportingStressfulPeriod());
        var pending = desk.registrations().awaitingReview(drSilva().id()).orElseThrow();

        var after = desk.recorded(desk.registrations().decide(pending.recommendDeferral(LEADER, reason), desk.group(),
                REGISTRATION_DAY));

        var deferred = (Registration.DeferralRecommended) after.of(drSilva());
        assertThat(deferred.noteToRegistrant()).isEqualTo(reason.note());
        assertThat(after.group().members()).isEmpty();
    }

    @Test
    @DisplayName("each reason is found by its own code, and an unknown code finds none")
    void codes() {
        assertThat(Arrays.stream(DeferralReason.values()).map(DeferralReason::code).distinct()).hasSize(DeferralReason.values().length);
        for (DeferralReason reason : DeferralReason.values()) {
            assertThat(DeferralReason.ofCode(reason.code())).contains(reason);
            assertThat(reason.note()).isNotBlank().endsWith(".");
        }
        assertThat(DeferralReason.ofCode("because")).isEmpty();
        assertThat(DeferralReason.ofCode("STRESSFUL_PERIOD")).isEmpty();
    }
}
