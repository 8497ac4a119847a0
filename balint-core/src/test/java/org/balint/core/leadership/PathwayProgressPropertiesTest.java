package org.balint.core.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.core.leadership.LeadershipFixtures.CANDIDATE;
import static org.balint.core.leadership.LeadershipFixtures.CLOCK;
import static org.balint.core.leadership.LeadershipFixtures.LONDON;
import static org.balint.core.leadership.LeadershipFixtures.MONDAY_GROUP;
import static org.balint.core.leadership.LeadershipFixtures.SECOND_SUPERVISOR;
import static org.balint.core.leadership.LeadershipFixtures.SUPERVISOR;
import static org.balint.core.leadership.LeadershipFixtures.THURSDAY_GROUP;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.balint.core.group.SessionNumber;
import org.balint.core.leadership.LogEntry.IntensiveAttended;
import org.balint.core.leadership.LogEntry.LedSession;
import org.balint.core.leadership.LogEntry.SupervisedSession;

class PathwayProgressPropertiesTest {

    private static final Instant START = Instant.parse("2023-01-01T18:00:00Z");
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

    @Property(tries = 200)
    @Label("recording an entry, accepted or refused, never lowers progress on any requirement")
    void addingNeverLowersProgress(@ForAll("entries") List<LogEntry> entries, @ForAll boolean consecutive) {
        var pathway = CredentialingPathway.of(18, consecutive, 8, 2, LONDON).orElseThrow();
        var logbook = new LeaderLogbook(new InMemoryLeaderLogStore(), CLOCK, LONDON);
        var before = logbook.progress(CANDIDATE, pathway);

        for (var entry : entries) {
            logbook.record(CANDIDATE, entry);
            var after = logbook.progress(CANDIDATE, pathway);
            for (var requirement : Requirement.values()) {
                var was = before.on(requirement);
                var is = after.on(requirement);
                assertThat(is.achieved()).isGreaterThanOrEqualTo(was.achieved());
                assertThat(is.remaining()).isLessThanOrEqualTo(was.remaining());
                if (was instanceof RequirementProgress.Met) {
                    assertThat(is).isInstanceOf(RequirementProgress.Met.class);
                }
            }
            before = after;
        }
    }

    @Property(tries = 200)
    @Label("the longest run of consecutive months never exceeds the number of months led")
    void consecutiveNeverExceedsDistinct(@ForAll("entries") List<LogEntry> entries) {
        var logbook = new LeaderLogbook(new InMemoryLeaderLogStore(), CLOCK, LONDON);
        entries.forEach(entry -> logbook.record(CANDIDATE, entry));
        var anyMonths = CredentialingPathway.balintSocietyDefaults(LONDON);

        int distinct = logbook.progress(CANDIDATE, anyMonths).on(Requirement.MONTHS_LEADING).achieved();
        int run = logbook.progress(CANDIDATE, anyMonths.withConsecutiveMonths(true))
                .on(Requirement.MONTHS_LEADING).achieved();

        assertThat(run).isBetween(Math.min(1, distinct), distinct);
        assertThat(distinct).isLessThanOrEqualTo(logbook.logOf(CANDIDATE).ledSessions().size());
    }

    @Provide
    Arbitrary<List<LogEntry>> entries() {
        Arbitrary<LogEntry> led = Combinators.combine(Arbitraries.of(MONDAY_GROUP, THURSDAY_GROUP),
                Arbitraries.integers().between(1, 30), Arbitraries.integers().between(0, 1500),
                Arbitraries.of(LeadRole.values()))
                .as((group, number, days, role) -> new LedSession(group, SessionNumber.of(number),
                        START.plusSeconds(86_400L * days), role));
        Arbitrary<LogEntry> supervised = Combinators.combine(Arbitraries.of(SUPERVISOR, SECOND_SUPERVISOR, CANDIDATE),
                Arbitraries.integers().between(0, 1500))
                .as((supervisor, days) -> new SupervisedSession(supervisor, FIRST_DAY.plusDays(days)));
        Arbitrary<LogEntry> intensive = Combinators.combine(Arbitraries.of("Oxford", "Chicago", ""),
                Arbitraries.integers().between(0, 1500), Arbitraries.integers().between(-1, 3))
                .as((name, days, length) -> new IntensiveAttended(name, FIRST_DAY.plusDays(days),
                        FIRST_DAY.plusDays(days + length)));
        return Arbitraries.oneOf(led, supervised, intensive).list().ofMaxSize(40);
    }
}
