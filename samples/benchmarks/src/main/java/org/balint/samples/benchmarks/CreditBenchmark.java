package org.balint.samples.benchmarks;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.balint.core.attendance.PresenceInterval;
import org.balint.core.attendance.SessionAttendance;
import org.balint.core.credit.AafpPrescribedPolicy;
import org.balint.core.credit.CreditAward;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.EvaluationCompletion;
import org.balint.core.credit.NonEducationalWindow;
import org.balint.core.credit.PreparedCreditPolicy;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.validation.Validated;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * AAFP Prescribed credit for 100,000 members over an eight-session series, beside a floor that only
 * sums the same members' attended minutes. The ratio of the two is the price of the credit rules
 * (formal time, rounding, caps, the explanation kept for every session) over plain arithmetic.
 *
 * <p>Attendance is generated once, reproducibly: most members attend most sessions, some arrive late,
 * leave early or drop out and rejoin, and some miss sessions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CreditBenchmark {

    private static final int MEMBERS = 100_000;

    private Member[] members;
    private List<List<SessionAttendance>> attendance;
    private PreparedCreditPolicy aafp;

    @Setup
    public void recordTheSeries() {
        List<ScheduledSession> schedule = GroupSchedule.weeklySessions(ZoneId.of("America/Chicago"),
                LocalDateTime.of(2027, 1, 12, 19, 0), 8, Duration.ofMinutes(120), Duration.ofMinutes(90));
        aafp = AafpPrescribedPolicy.preset()
                .withNonEducationalTime(NonEducationalWindow.openingMinutes(schedule.get(0), 10, "welcome"))
                .prepare(schedule).orElseThrow();

        var random = new SplittableRandom(20270112L);
        members = new Member[MEMBERS];
        attendance = new ArrayList<>(MEMBERS);
        for (int i = 0; i < MEMBERS; i++) {
            var id = new MemberId("m" + i);
            members[i] = new Member(id, "Member " + i, Profession.physician("family medicine"),
                    ContactDetails.email("m" + i + "@example.org"));
            var records = new ArrayList<SessionAttendance>(schedule.size());
            for (ScheduledSession session : schedule) {
                records.add(new SessionAttendance(id, session.number(), presence(session, random)));
            }
            attendance.add(records);
        }
    }

    private static List<PresenceInterval> presence(ScheduledSession session, SplittableRandom random) {
        long length = session.duration().toMinutes();
        int kind = random.nextInt(10);
        if (kind == 0) {
            return List.of();
        }
        long late = kind <= 2 ? random.nextInt(25) : 0;
        long early = kind == 3 ? random.nextInt(30) : 0;
        var joined = session.start().plus(Duration.ofMinutes(late));
        var left = session.end().minus(Duration.ofMinutes(early));
        if (kind == 4) {
            var drop = joined.plus(Duration.ofMinutes(20 + random.nextInt((int) length / 3)));
            var back = drop.plus(Duration.ofMinutes(1 + random.nextInt(15)));
            return List.of(new PresenceInterval(joined, drop), new PresenceInterval(back, left));
        }
        return List.of(new PresenceInterval(joined, left));
    }

    /** Every member's AAFP decision; returns the total credit in quarter hours. */
    @Benchmark
    public long aafpCreditForEveryMember() {
        long quarterHours = 0;
        for (int i = 0; i < members.length; i++) {
            Validated<CreditDecision> outcome = aafp.evaluate(members[i], attendance.get(i),
                    EvaluationCompletion.COMPLETED);
            if (outcome instanceof Validated.Valid<CreditDecision> valid
                    && valid.value().evidence().attained() instanceof CreditAward.Credit credit) {
                quarterHours += credit.hours().quarterHours();
            }
        }
        return quarterHours;
    }

    /** The floor: only sums the minutes each member attended, over the same records. */
    @Benchmark
    public long floorSumOfAttendedMinutes() {
        long minutes = 0;
        for (int i = 0; i < members.length; i++) {
            for (SessionAttendance record : attendance.get(i)) {
                for (PresenceInterval interval : record.presence()) {
                    minutes += (interval.left().getEpochSecond() - interval.joined().getEpochSecond()) / 60;
                }
            }
        }
        return minutes;
    }
}
