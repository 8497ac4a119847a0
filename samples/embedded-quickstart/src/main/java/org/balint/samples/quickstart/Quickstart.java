package org.balint.samples.quickstart;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.balint.core.attendance.AttendanceReport;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.AttendanceThresholds;
import org.balint.core.attendance.EnteredInterval;
import org.balint.core.attendance.ImportSettings;
import org.balint.core.attendance.ReportImport;
import org.balint.core.attendance.SeriesAttendance;
import org.balint.core.attendance.UnmatchedAttendee;
import org.balint.core.audit.Actor;
import org.balint.core.credit.AafpPrescribedPolicy;
import org.balint.core.credit.ApaCePolicy;
import org.balint.core.credit.AttendanceCertificatePolicy;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditProgramme;
import org.balint.core.credit.CreditStatement;
import org.balint.core.credit.EvaluationCompletion;
import org.balint.core.credit.NonEducationalWindow;
import org.balint.core.credit.PreparedCreditProgramme;
import org.balint.core.credit.RuleOutcome;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupDraft;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupRules;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.rotation.PlanChange;
import org.balint.core.rotation.ProposedPlan;
import org.balint.core.rotation.RotationOutcome;
import org.balint.core.rotation.RotationPlanner;
import org.balint.core.rotation.RotationRequest;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;

/**
 * A tour of balint-core for developers embedding it: a group of ten clinicians is set up from a CSV
 * roster and validated, the case rotation is planned and re-planned after an absence, the last
 * session's Zoom attendance report is imported (a leader resolves the attendees it could not match),
 * and every member's CE credit decision is printed with its reasons.
 *
 * <p>Run it with {@code ./mvnw -q -pl samples/embedded-quickstart -am -DskipTests -Dquickstart package};
 * pass {@code -Dexec.args=path/to/roster.csv} to use your own roster.
 */
public final class Quickstart {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");
    private static final Actor LEADER = Actor.person(new MemberId("ruth.levi"));

    private final PrintStream out;

    Quickstart(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    public static void main(String[] args) throws IOException {
        String roster = args.length > 0 ? Files.readString(Path.of(args[0])) : resource("roster.csv");
        System.exit(new Quickstart(System.out).run(roster));
    }

    /** Runs the tour on {@code rosterCsv}; returns 0, or 1 when the input is rejected. */
    int run(String rosterCsv) throws IOException {
        Validated<List<Member>> roster = Roster.read(rosterCsv);
        if (!roster.isValid()) {
            return rejected("The roster", roster.violations());
        }
        List<Member> members = roster.orElseThrow();

        heading("1. Setting up the group");
        List<ScheduledSession> sessions = GroupSchedule.weeklySessions(CHICAGO, LocalDateTime.of(2027, 1, 12, 19, 0), 8,
                Duration.ofMinutes(120), Duration.ofMinutes(90));
        GroupDraft draft = BalintGroup.draft(new GroupId("primary-care-spring-2027"))
                .title("Balint group for primary care clinicians, spring 2027")
                .schedule(CHICAGO, sessions)
                .videoLink("https://meet.example.org/balint-primary-care")
                .leader(new FacultyMember(new MemberId("ruth.levi"), "Dr. Ruth Levi",
                        ContactDetails.email("ruth.levi@clinic.example")))
                .members(members);
        Validated<BalintGroup> firstTry = draft.validate();
        out.println("With the default rules (one case per session) the group is "
                + (firstTry.isValid() ? "valid." : "refused:"));
        firstTry.violations().forEach(v -> out.println("  - " + v.message() + " [" + v.code() + "]"));
        Validated<BalintGroup> secondTry = draft.rules(GroupRules.defaults().withCasesPerSession(2)).validate();
        if (!secondTry.isValid()) {
            return rejected("The group", secondTry.violations());
        }
        BalintGroup group = secondTry.orElseThrow();
        out.printf("With two cases per session: %s, %d members, %d sessions, %d presentation places.%n",
                group.title(), group.members().size(), group.numberOfSessions(), group.presentationSlots());
        for (ScheduledSession session : group.schedule().sessions()) {
            out.printf("  %-10s %s (%d min)%n", session.number(), WHEN.format(group.schedule().localStart(session)),
                    session.duration().toMinutes());
        }

        heading("2. Planning who presents when");
        var planner = new RotationPlanner();
        RotationRequest firstRequest = RotationRequest.forGroup(group)
                .volunteer(new MemberId("maya.singh"), SessionNumber.of(1))
                .build().orElseThrow();
        RotationOutcome first = planner.plan(firstRequest);
        ProposedPlan plan = first.proposedPlan().orElseThrow();
        out.println("Every member presents at least once: " + first.everyonePresents()
                + " (Dr. Maya Singh volunteered a case for session 1).");
        printPlan(plan, group);

        heading("3. Re-planning after an absence");
        List<MemberId> secondSessionPresenters = plan.presentersIn(SessionNumber.of(2));
        MemberId absent = secondSessionPresenters.get(0);
        List<MemberId> heldWith = secondSessionPresenters.subList(1, secondSessionPresenters.size());
        SessionNumber nextTurn = plan.sessionsOf(absent).stream().filter(s -> s.value() > 2).findFirst().orElseThrow();
        out.println(name(group, absent) + " was to present in session 2 but was absent (session 2 was held with "
                + heldWith.stream().map(id -> name(group, id)).collect(Collectors.joining(", "))
                + " presenting), and cannot come to " + nextTurn + " either.");
        RotationRequest replanRequest = firstRequest.toBuilder().currentPlan(plan)
                .held(SessionNumber.of(1), plan.presentersIn(SessionNumber.of(1)))
                .held(SessionNumber.of(2), heldWith)
                .unavailable(absent, nextTurn)
                .build().orElseThrow();
        RotationOutcome replan = planner.plan(replanRequest);
        if (replan instanceof RotationOutcome.Planned planned) {
            out.println("The re-plan keeps sessions 1 and 2 as held and changes " + planned.changes().size()
                    + " place(s):");
            for (PlanChange change : planned.changes()) {
                out.println("  " + change.session() + ": " + change.before().map(id -> name(group, id)).orElse("open")
                        + " -> " + change.after().map(id -> name(group, id)).orElse("open"));
            }
            printPlan(planned.plan(), group);
        } else {
            out.println("No plan gives everyone a turn: " + replan);
        }

        heading("4. Attendance");
        Clock afterTheSeries = Clock.fixed(group.schedule().last().end().plus(Duration.ofDays(1)), ZoneOffset.UTC);
        List<AttendanceSheet> sheets = new ArrayList<>();
        for (ScheduledSession session : group.schedule().sessions()) {
            AttendanceSheet sheet = AttendanceSheet.open(group.id(), session, AttendanceThresholds.defaults());
            if (session.number().value() < 8) {
                sheet = takenByTheLeader(sheet, session, members, afterTheSeries);
            } else {
                sheet = importedFromZoom(sheet, members, afterTheSeries);
            }
            sheets.add(sheet);
        }
        var series = new SeriesAttendance(group.id(), sheets);

        heading("5. CE credit");
        PreparedCreditProgramme credit = CreditProgramme.of(
                AafpPrescribedPolicy.preset().withNonEducationalTime(
                        NonEducationalWindow.openingMinutes(sessions.get(0), 15, "welcome and introductions")),
                ApaCePolicy.preset(),
                AttendanceCertificatePolicy.preset())
                .prepare(sessions).orElseThrow();
        for (Member member : members) {
            EvaluationCompletion evaluation = EvaluationCompletion.of(!member.id().value().equals("owen.price"));
            CreditStatement statement = credit.evaluate(member, series.attendanceOf(member.id()), evaluation)
                    .orElseThrow();
            out.println(member.name() + " (" + member.profession() + ")");
            for (CreditDecision decision : statement.decisions()) {
                out.println("  " + decision.type().label() + ": " + (decision.isEligible()
                        ? "eligible, " + decision.evidence().attained()
                        : "not eligible"));
                for (RuleOutcome rule : decision.rules()) {
                    out.println("    " + (rule.met() ? "met    " : "NOT MET") + " " + rule.explanation());
                }
            }
        }
        return 0;
    }

    /** Sessions 1–7: the leader marks attendance; a few members miss time. */
    private AttendanceSheet takenByTheLeader(AttendanceSheet sheet, ScheduledSession session, List<Member> members,
            Clock clock) {
        int n = session.number().value();
        for (Member member : members) {
            String who = member.id().value();
            Validated<AttendanceSheet> marked;
            if (who.equals("ben.carter") && (n == 3 || n == 5)) {
                marked = sheet.markAbsent(member.id(), members, LEADER, clock);
            } else if (who.equals("maya.singh") && n == 4) {
                var dropped = session.start().plus(Duration.ofMinutes(40));
                marked = sheet.setPresence(member.id(), List.of(
                        new EnteredInterval(session.start(), dropped),
                        new EnteredInterval(dropped.plus(Duration.ofMinutes(20)), session.end())), members, LEADER, clock);
            } else {
                marked = sheet.setPresence(member.id(), List.of(new EnteredInterval(session.start(), session.end())),
                        members, LEADER, clock);
            }
            sheet = marked.orElseThrow();
        }
        return sheet;
    }

    /** Session 8: the Zoom report is imported and the leader resolves what it could not match. */
    private AttendanceSheet importedFromZoom(AttendanceSheet sheet, List<Member> members, Clock clock)
            throws IOException {
        var report = AttendanceReport.of(resource("session-8-zoom.csv"));
        ReportImport result = sheet.importReport(report, members, ImportSettings.in(CHICAGO), LEADER, clock);
        if (!(result instanceof ReportImport.Imported imported)) {
            throw new IllegalStateException("the bundled Zoom report must import: " + result);
        }
        out.println("Session 8's Zoom report: " + imported.matchedMembers().size() + " members matched by e-mail or"
                + " name, " + imported.unmatched().size() + " attendee(s) left for the leader:");
        AttendanceSheet resolved = imported.updated();
        Map<String, String> leaderDecisions = Map.of("Tom's iPhone", "tom.becker");
        for (UnmatchedAttendee attendee : imported.unmatched()) {
            String decision = leaderDecisions.get(attendee.name());
            if (decision != null) {
                resolved = resolved.assign(attendee, new MemberId(decision), members, LEADER, clock).orElseThrow();
                out.println("  '" + attendee.name() + "' (" + attendee.reason() + ") -> assigned to " + decision);
            } else {
                resolved = resolved.dismissAsGuest(attendee, LEADER, clock).orElseThrow();
                out.println("  '" + attendee.name() + "' (" + attendee.reason() + ") -> dismissed as a guest");
            }
        }
        for (Member member : members) {
            out.println("  " + member.name() + ": " + resolved.attendanceOf(member.id()).status().describe());
        }
        return resolved;
    }

    private void printPlan(ProposedPlan plan, BalintGroup group) {
        for (int n = 1; n <= plan.sessionCount(); n++) {
            var session = SessionNumber.of(n);
            out.printf("  %-10s %s%n", session, plan.presentersIn(session).stream().map(id -> name(group, id))
                    .collect(Collectors.joining(", ")));
        }
    }

    private static String name(BalintGroup group, MemberId id) {
        return group.member(id).map(Member::name).orElse(id.value());
    }

    private void heading(String title) {
        out.println();
        out.println(title);
        out.println("-".repeat(title.length()));
    }

    private int rejected(String what, List<Violation> violations) {
        out.println(what + " was refused:");
        violations.forEach(v -> out.println("  - " + v.message() + " [" + v.code() + "]"));
        return 1;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Quickstart.class.getResourceAsStream("/quickstart/" + name)) {
            if (in == null) {
                throw new IOException("missing bundled file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
