package org.balint.core.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.balint.core.audit.Actor;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;

/**
 * A Balint group of five clinicians meeting in New York on Sunday evenings; session 3 runs on 15 March
 * 2026 from 18:00 to 19:30 local time (22:00 to 23:30 UTC).
 */
final class AttendanceFixtures {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final GroupId GROUP = new GroupId("spring-2026-evening");
    static final ImportSettings NEW_YORK_TIMES = ImportSettings.in(NEW_YORK);

    static final Member ANA = member("m-ana", "Ana Lima", Profession.physician("family medicine"),
            "ana.lima@clinic.example");
    static final Member JOSE = member("m-jose", "José Ramírez", Profession.psychologist(),
            "jramirez@hospital.example");
    static final Member PRIYA = member("m-priya", "Priya Natarajan", Profession.nursePractitioner(),
            "priya.n@health.example");
    static final Member TOM = member("m-tom", "Tom Becker", Profession.socialWorker(), "tbecker@uni.example");
    static final Member MEI = member("m-mei", "Mei Chen", Profession.physician("internal medicine"),
            "mei.chen@clinic.example");
    static final List<Member> FIVE_CLINICIANS = List.of(ANA, JOSE, PRIYA, TOM, MEI);

    static final Actor LEADER = Actor.person(new MemberId("leader-ruth"));
    static final Clock AFTER_THE_SESSION = Clock.fixed(Instant.parse("2026-03-16T09:00:00Z"), ZoneOffset.UTC);

    private AttendanceFixtures() {
    }

    static Member member(String id, String name, Profession profession, String email) {
        return new Member(new MemberId(id), name, profession, ContactDetails.email(email));
    }

    /** Session 3: Sunday 15 March 2026, 18:00 to 19:30 in New York. */
    static ScheduledSession sessionThree() {
        return new ScheduledSession(SessionNumber.of(3), at("2026-03-15T18:00"), Duration.ofMinutes(90));
    }

    static ScheduledSession session(int number, String localStart) {
        return new ScheduledSession(SessionNumber.of(number), at(localStart), Duration.ofMinutes(90));
    }

    /** An instant given as New York local time, e.g. {@code at("2026-03-15T18:05")}. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    /** A presence interval on the day of session 3, e.g. {@code interval("18:00", "18:45")}. */
    static PresenceInterval interval(String from, String to) {
        return new PresenceInterval(at("2026-03-15T" + from), at("2026-03-15T" + to));
    }

    static EnteredInterval entered(String from, String to) {
        return new EnteredInterval(at("2026-03-15T" + from), at("2026-03-15T" + to));
    }

    static AttendanceSheet emptySheetForSessionThree() {
        return AttendanceSheet.open(GROUP, sessionThree(), AttendanceThresholds.defaults());
    }

    static Clock clockAt(String localDateTime) {
        return Clock.fixed(at(localDateTime), ZoneOffset.UTC);
    }

    /** An attendance report from the test resources, read as the file's bytes. */
    static AttendanceReport report(String fileName) {
        try (var in = AttendanceFixtures.class.getResourceAsStream("/attendance/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("no test report " + fileName);
            }
            return AttendanceReport.of(in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Imports {@code report} into the empty sheet of session 3, for the five clinicians. */
    static ReportImport importIntoSessionThree(AttendanceReport report) {
        return emptySheetForSessionThree().importReport(report, FIVE_CLINICIANS, NEW_YORK_TIMES, LEADER,
                AFTER_THE_SESSION);
    }

    /** A Zoom report of session 3 with the given data rows under Zoom's headings. */
    static AttendanceReport zoomReport(String... rows) {
        return AttendanceReport.of("Name (original name),User email,Join time,Leave time,Duration (minutes)\n"
                + String.join("\n", rows) + "\n");
    }

    static AttendanceSheet imported(ReportImport outcome) {
        if (outcome instanceof ReportImport.Imported imported) {
            return imported.updated();
        }
        throw new AssertionError("expected the report to be imported, got " + outcome);
    }
}
