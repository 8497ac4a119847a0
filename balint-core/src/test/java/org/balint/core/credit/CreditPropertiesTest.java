package org.balint.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.group.Discipline;
import org.balint.core.group.Member;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;

/**
 * Invariants of credit evaluation over generated series: sessions of 30 minutes to 4 hours with a
 * welcome of up to 20 minutes, and members who join, drop and rejoin, sometimes before the start or
 * after the end.
 */
class CreditPropertiesTest {

    private static final Member MEMBER = SeriesFixture.familyPhysician("adams");
    private static final int EARLY = 15;

    /** A stretch of presence: from {@code start} minutes after the session's start, for {@code length} minutes. */
    record Stretch(int start, int length) {
    }

    /** One session of the generated series, with the member's presence in it. */
    record SessionPlan(int minutes, int welcome, List<Stretch> presence, List<Stretch> morePresence) {
    }

    record Series(List<SessionPlan> sessions) {

        List<ScheduledSession> schedule() {
            var schedule = new ArrayList<ScheduledSession>();
            for (int i = 0; i < sessions.size(); i++) {
                schedule.add(new ScheduledSession(SessionNumber.of(i + 1),
                        SeriesFixture.FIRST_SESSION.plus(Duration.ofDays(7L * i)),
                        Duration.ofMinutes(sessions.get(i).minutes())));
            }
            return schedule;
        }

        PreparedCreditProgramme programme() {
            var schedule = schedule();
            var aafp = AafpPrescribedPolicy.preset().offeredTo(Discipline.values());
            for (int i = 0; i < sessions.size(); i++) {
                if (sessions.get(i).welcome() > 0) {
                    aafp = aafp.withNonEducationalTime(NonEducationalWindow.openingMinutes(schedule.get(i),
                            sessions.get(i).welcome(), "welcome"));
                }
            }
            var policies = new ArrayList<CreditPolicy>(List.of(aafp, AttendanceCertificatePolicy.preset(),
                    SeriesCompletionPolicy.preset("Track").withSessionsRequired(Math.min(6, sessions.size()))));
            if (sessions.stream().anyMatch(session -> session.minutes() >= 60)) {
                policies.add(ApaCePolicy.preset().offeredTo(Discipline.values()));
            }
            return new CreditProgramme(policies).prepare(schedule).orElseThrow();
        }

        List<SessionAttendance> attendance(boolean withMore) {
            var schedule = schedule();
            var records = new ArrayList<SessionAttendance>();
            for (int i = 0; i < sessions.size(); i++) {
                SessionPlan plan = sessions.get(i);
                boolean[] present = new boolean[plan.minutes() + 2 * EARLY];
                paint(present, plan.presence());
                if (withMore) {
                    paint(present, plan.morePresence());
                }
                records.add(new SessionAttendance(MEMBER.id(), schedule.get(i).number(),
                        intervals(present, schedule.get(i))));
            }
            return records;
        }

        private static void paint(boolean[] present, List<Stretch> stretches) {
            for (Stretch stretch : stretches) {
                for (int m = stretch.start(); m < stretch.start() + stretch.length(); m++) {
                    if (m + EARLY >= 0 && m + EARLY < present.length) {
                        present[m + EARLY] = true;
                    }
                }
            }
        }

        private static List<PresenceInterval> intervals(boolean[] present, ScheduledSession session) {
            var intervals = new ArrayList<PresenceInterval>();
            int m = 0;
            while (m < present.length) {
                if (!present[m]) {
                    m++;
                    continue;
                }
                int from = m;
                while (m < present.length && present[m]) {
                    m++;
                }
                intervals.add(new PresenceInterval(SeriesFixture.minute(session, from - EARLY),
                        SeriesFixture.minute(session, m - EARLY)));
            }
            return intervals;
        }
    }

    @Provide
    Arbitrary<Series> series() {
        Arbitrary<Stretch> stretch = Combinators.combine(Arbitraries.integers().between(-EARLY, 250),
                Arbitraries.integers().between(1, 120)).as(Stretch::new);
        Arbitrary<SessionPlan> session = Combinators.combine(Arbitraries.integers().between(30, 240),
                Arbitraries.integers().between(0, 20), stretch.list().ofMaxSize(4), stretch.list().ofMaxSize(3))
                .as(SessionPlan::new);
        return session.list().ofMinSize(1).ofMaxSize(8).map(Series::new);
    }

    private static CreditStatement statement(Series series, List<SessionAttendance> attendance) {
        return series.programme().evaluate(MEMBER, attendance, EvaluationCompletion.COMPLETED).orElseThrow();
    }

    private static CreditHours credit(CreditStatement statement, CreditType type) {
        return statement.decision(type).map(decision -> decision.evidence().attained())
                .filter(CreditAward.Credit.class::isInstance).map(award -> ((CreditAward.Credit) award).hours())
                .orElse(CreditHours.ZERO);
    }

    @Property(tries = 200)
    void creditNeverExceedsTheScheduledFormalTime(@ForAll("series") Series series) {
        var statement = statement(series, series.attendance(true));
        var aafp = statement.decision(CreditType.AAFP_PRESCRIBED).orElseThrow();

        long totalFormal = 0;
        for (int i = 0; i < series.sessions().size(); i++) {
            SessionPlan plan = series.sessions().get(i);
            long formal = plan.minutes() - plan.welcome();
            totalFormal += formal;
            SessionFinding finding = aafp.sessions().get(i);
            assertThat(finding.credit().orElseThrow().minutes()).isLessThanOrEqualTo(formal);
            assertThat(finding.minutesThatCount()).isLessThanOrEqualTo(formal);
            int position = i;
            statement.decision(CreditType.APA_CE).ifPresent(apa -> assertThat(
                    apa.sessions().get(position).credit().orElseThrow().minutes())
                    .isLessThanOrEqualTo(plan.minutes()));
        }
        assertThat(credit(statement, CreditType.AAFP_PRESCRIBED).minutes()).isLessThanOrEqualTo(totalFormal);
        long scheduled = series.sessions().stream().mapToLong(SessionPlan::minutes).sum();
        assertThat(credit(statement, CreditType.APA_CE).minutes()).isLessThanOrEqualTo(scheduled);
    }

    @Property(tries = 200)
    void addingAttendanceNeverLowersCredit(@ForAll("series") Series series) {
        var before = statement(series, series.attendance(false));
        var after = statement(series, series.attendance(true));

        for (CreditType type : List.of(CreditType.AAFP_PRESCRIBED, CreditType.APA_CE)) {
            assertThat(credit(after, type)).isGreaterThanOrEqualTo(credit(before, type));
        }
        var attendedBefore = (CreditAward.SessionsAttended) before.decision(CreditType.SERIES_COMPLETION).orElseThrow()
                .evidence().attained();
        var attendedAfter = (CreditAward.SessionsAttended) after.decision(CreditType.SERIES_COMPLETION).orElseThrow()
                .evidence().attained();
        assertThat(attendedAfter.attended()).isGreaterThanOrEqualTo(attendedBefore.attended());
        var timeBefore = (CreditAward.TimeAttended) before.decision(CreditType.CERTIFICATE_OF_ATTENDANCE)
                .orElseThrow().evidence().attained();
        var timeAfter = (CreditAward.TimeAttended) after.decision(CreditType.CERTIFICATE_OF_ATTENDANCE)
                .orElseThrow().evidence().attained();
        assertThat(timeAfter.minutes()).isGreaterThanOrEqualTo(timeBefore.minutes());
        for (CreditDecision decision : before.decisions()) {
            if (decision.isEligible()) {
                assertThat(after.decision(decision.type()).orElseThrow().isEligible()).isTrue();
            }
        }
    }

    @Property(tries = 200)
    void theDecisionDoesNotDependOnTheOrderOfRecordsOrIntervals(@ForAll("series") Series series,
            @ForAll long seed) {
        var prepared = series.programme();
        var attendance = series.attendance(true);
        var random = new Random(seed);
        var shuffled = new ArrayList<SessionAttendance>();
        for (SessionAttendance record : attendance) {
            var intervals = new ArrayList<>(record.presence());
            Collections.shuffle(intervals, random);
            shuffled.add(new SessionAttendance(record.member(), record.session(), intervals));
        }
        Collections.shuffle(shuffled, random);

        var inOrder = prepared.evaluate(MEMBER, attendance, EvaluationCompletion.COMPLETED).orElseThrow();
        var reordered = prepared.evaluate(MEMBER, shuffled, EvaluationCompletion.COMPLETED).orElseThrow();

        assertThat(reordered).isEqualTo(inOrder);
        for (int i = 0; i < inOrder.decisions().size(); i++) {
            assertThat(reordered.decisions().get(i).rules()).isEqualTo(inOrder.decisions().get(i).rules());
        }
    }
}
