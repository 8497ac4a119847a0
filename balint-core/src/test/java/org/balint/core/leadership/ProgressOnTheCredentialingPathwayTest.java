package org.balint.core.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.leadership.LeadershipFixtures.CANDIDATE;
import static org.balint.core.leadership.LeadershipFixtures.CLOCK;
import static org.balint.core.leadership.LeadershipFixtures.LONDON;
import static org.balint.core.leadership.LeadershipFixtures.MONDAY_GROUP;
import static org.balint.core.leadership.LeadershipFixtures.intensive;
import static org.balint.core.leadership.LeadershipFixtures.led;
import static org.balint.core.leadership.LeadershipFixtures.monthly;
import static org.balint.core.leadership.LeadershipFixtures.weeklySupervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.balint.core.group.SessionNumber;
import org.balint.core.leadership.LogEntry.LedSession;
import org.balint.core.validation.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProgressOnTheCredentialingPathwayTest {

    private static final CredentialingPathway SOCIETY = CredentialingPathway.balintSocietyDefaults(LONDON);

    private final LeaderLogbook logbook = new LeaderLogbook(new InMemoryLeaderLogStore(), CLOCK, LONDON);

    private void record(List<? extends LogEntry> entries) {
        for (var entry : entries) {
            assertThat(logbook.record(CANDIDATE, entry).violations()).isEmpty();
        }
    }

    @Test
    @DisplayName("the Balint Society defaults ask for 24 months leading, 12 supervised sessions and 3 intensives")
    void societyDefaults() {
        assertThat(SOCIETY).isEqualTo(new CredentialingPathway(24, false, 12, 3, LONDON));
    }

    @Test
    @DisplayName("a new candidate has every requirement unmet, each with everything still to go")
    void newCandidate() {
        var progress = logbook.progress(CANDIDATE, SOCIETY);

        assertThat(progress.isComplete()).isFalse();
        assertThat(progress.requirements()).extracting(RequirementProgress::summary).containsExactly(
                "0 of 24 months leading or co-leading a group; 24 to go",
                "0 of 12 supervised sessions; 12 to go",
                "0 of 3 intensives; 3 to go");
        assertThat(progress.unmet()).hasSize(3);
    }

    @Test
    @DisplayName("nine supervised sessions of twelve leave three to go")
    void nineOfTwelveSupervised() {
        record(weeklySupervision(LocalDate.of(2026, 1, 7), 9));

        var supervised = logbook.progress(CANDIDATE, SOCIETY).on(Requirement.SUPERVISED_SESSIONS);

        assertThat(supervised).isInstanceOf(RequirementProgress.Unmet.class);
        assertThat(supervised.achieved()).isEqualTo(9);
        assertThat(supervised.remaining()).isEqualTo(3);
        assertThat(supervised.summary()).isEqualTo("9 of 12 supervised sessions; 3 to go");
    }

    @Test
    @DisplayName("24 months of leading, 12 supervised sessions and 3 intensives complete the pathway")
    void completePathway() {
        record(monthly(YearMonth.of(2024, 11), 24));
        record(weeklySupervision(LocalDate.of(2025, 1, 8), 12));
        record(List.of(intensive("Intensive, Oxford", LocalDate.of(2025, 3, 20)),
                intensive("Intensive, Chicago", LocalDate.of(2025, 9, 18)),
                intensive("Intensive, Berlin", LocalDate.of(2026, 4, 23))));

        var progress = logbook.progress(CANDIDATE, SOCIETY);

        assertThat(progress.isComplete()).isTrue();
        assertThat(progress.unmet()).isEmpty();
        assertThat(progress.requirements()).extracting(RequirementProgress::summary).containsExactly(
                "24 of 24 months leading or co-leading a group; met",
                "12 of 12 supervised sessions; met",
                "3 of 3 intensives; met");
    }

    @Test
    @DisplayName("more than required is still met, with nothing remaining")
    void moreThanRequired() {
        record(weeklySupervision(LocalDate.of(2026, 1, 7), 14));

        var supervised = logbook.progress(CANDIDATE, SOCIETY).on(Requirement.SUPERVISED_SESSIONS);

        assertThat(supervised).isInstanceOf(RequirementProgress.Met.class);
        assertThat(supervised.remaining()).isZero();
        assertThat(supervised.summary()).isEqualTo("14 of 12 supervised sessions; met");
    }

    @Test
    @DisplayName("several sessions in one calendar month count as one month")
    void oneMonthCountsOnce() {
        record(List.of(led(1, LocalDate.of(2026, 1, 5)), led(2, LocalDate.of(2026, 1, 19)),
                led(3, LocalDate.of(2026, 2, 2))));

        assertThat(logbook.progress(CANDIDATE, SOCIETY).on(Requirement.MONTHS_LEADING).achieved()).isEqualTo(2);
    }

    @Test
    @DisplayName("with a gap in July, 23 months count when months need not be consecutive")
    void gapDoesNotMatterByDefault() {
        record(monthly(YearMonth.of(2024, 1), 6));
        record(monthly(YearMonth.of(2024, 8), 17));

        assertThat(logbook.progress(CANDIDATE, SOCIETY).on(Requirement.MONTHS_LEADING).summary())
                .isEqualTo("23 of 24 months leading or co-leading a group; 1 to go");
    }

    @Test
    @DisplayName("with a gap in July, only the longest run of 17 months counts when months must be consecutive")
    void gapBreaksTheRunWhenConsecutive() {
        record(monthly(YearMonth.of(2024, 1), 6));
        record(monthly(YearMonth.of(2024, 8), 17));

        var months = logbook.progress(CANDIDATE, SOCIETY.withConsecutiveMonths(true)).on(Requirement.MONTHS_LEADING);

        assertThat(months.achieved()).isEqualTo(17);
        assertThat(months.summary()).isEqualTo("17 of 24 consecutive months leading or co-leading a group; 7 to go");
    }

    @Test
    @DisplayName("a run of consecutive months carries over the turn of the year")
    void runAcrossNewYear() {
        record(monthly(YearMonth.of(2025, 11), 3));

        assertThat(logbook.progress(CANDIDATE, SOCIETY.withConsecutiveMonths(true))
                .on(Requirement.MONTHS_LEADING).achieved()).isEqualTo(3);
    }

    @Test
    @DisplayName("months are calendar months in the pathway's zone: 23:30 on 31 January in New York is February in UTC")
    void monthsInThePathwayZone() {
        var lateOnTheThirtyFirst = new LedSession(MONDAY_GROUP, SessionNumber.of(2),
                Instant.parse("2026-02-01T04:30:00Z"), LeadRole.CO_LEAD);
        record(List.of(led(1, LocalDate.of(2026, 1, 15)), lateOnTheThirtyFirst));
        var newYork = CredentialingPathway.balintSocietyDefaults(ZoneId.of("America/New_York"));
        var utc = CredentialingPathway.balintSocietyDefaults(ZoneId.of("UTC"));

        assertThat(logbook.progress(CANDIDATE, newYork).on(Requirement.MONTHS_LEADING).achieved()).isEqualTo(1);
        assertThat(logbook.progress(CANDIDATE, utc).on(Requirement.MONTHS_LEADING).achieved()).isEqualTo(2);
    }

    @Test
    @DisplayName("a pathway that asks for no intensives counts that requirement as met")
    void zeroRequiredIsMet() {
        var noIntensives = CredentialingPathway.of(12, true, 6, 0, LONDON).orElseThrow();

        var progress = logbook.progress(CANDIDATE, noIntensives);

        assertThat(progress.on(Requirement.INTENSIVES)).isInstanceOf(RequirementProgress.Met.class);
        assertThat(progress.unmet()).extracting(RequirementProgress::requirement)
                .containsExactly(Requirement.MONTHS_LEADING, Requirement.SUPERVISED_SESSIONS);
    }

    @Test
    @DisplayName("impossible pathway numbers are refused with every reason")
    void impossiblePathwayRefused() {
        assertThat(codes(CredentialingPathway.of(-1, false, 250, 21, LONDON).violations())).containsExactly(
                "negative-months-leading", "too-many-supervised-sessions", "too-many-intensives");
        assertThat(codes(CredentialingPathway.of(121, false, -2, -3, LONDON).violations())).containsExactly(
                "too-many-months-leading", "negative-supervised-sessions", "negative-intensives");
        assertThat(codes(CredentialingPathway.of(0, false, 0, 0, LONDON).violations()))
                .containsExactly("empty-pathway");
        assertThat(CredentialingPathway.of(120, false, 200, 20, LONDON).isValid()).isTrue();
    }

    private static List<String> codes(List<Violation> violations) {
        return new ArrayList<>(violations.stream().map(Violation::code).toList());
    }
}
