package org.balint.lti.tool.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.MemberAttendance;
import org.balint.core.credit.CreditRecord;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.rotation.PresentationSlot;
import org.balint.core.rotation.PublishedPlan;
import org.balint.persistence.tenant.Tenant;

/**
 * What a member sees of their group, for the API ({@link MemberViewResource}) and the member's home page
 * alike: the schedule with the video link and the next session, when the member presents (from the
 * published rotation plan), their attendance per session and their recorded credit decisions with the
 * reasons. Times are given in the zone chosen, else the group's. Every answer is empty when the tenant
 * has no such group.
 */
public final class MemberViews {

    private final ApiRecords records;
    private final Clock clock;

    /** Views over {@code records}, as of {@code clock}'s time. */
    public MemberViews(ApiRecords records, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The group's schedule in {@code chosen}, else the group's zone. */
    public Optional<ScheduleView> schedule(Tenant tenant, GroupId group, Optional<ZoneId> chosen) {
        Instant now = clock.instant();
        return read(tenant, r -> r.groups().find(group)).map(found -> schedule(found, zone(chosen, found), now));
    }

    /** When {@code member} presents, from the published rotation plan. */
    public Optional<PresentationsView> presentations(Tenant tenant, GroupId group, MemberId member, Optional<ZoneId> chosen) {
        Instant now = clock.instant();
        return read(tenant, r -> r.groups().find(group).map(found -> presentations(found, r.rotations().find(group),
                member, zone(chosen, found), now)));
    }

    /** {@code member}'s attendance per session. */
    public Optional<AttendanceView> attendance(Tenant tenant, GroupId group, MemberId member, Optional<ZoneId> chosen) {
        Instant now = clock.instant();
        return read(tenant, r -> r.groups().find(group).map(found -> attendance(found, r.attendance().findAll(group),
                member, zone(chosen, found), now)));
    }

    /** {@code member}'s recorded credit decisions; empty only when the tenant has no records at all. */
    public Optional<CreditView> credit(Tenant tenant, GroupId group, MemberId member) {
        return records.read(tenant, r -> credit(group, r.credit().ofGroup(group), member));
    }

    /** Everything of {@code member}'s home page, read in one transaction. */
    public Optional<MemberHome> home(Tenant tenant, GroupId group, MemberId member, Optional<ZoneId> chosen) {
        Instant now = clock.instant();
        return read(tenant, r -> r.groups().find(group).map(found -> {
            ZoneId zone = zone(chosen, found);
            return new MemberHome(found, schedule(found, zone, now),
                    presentations(found, r.rotations().find(group), member, zone, now),
                    attendance(found, r.attendance().findAll(group), member, zone, now),
                    credit(group, r.credit().ofGroup(group), member));
        }));
    }

    private <T> Optional<T> read(Tenant tenant, java.util.function.Function<MemberRecords, Optional<T>> work) {
        return records.read(tenant, work).flatMap(found -> found);
    }

    private static ZoneId zone(Optional<ZoneId> chosen, BalintGroup group) {
        return chosen.orElse(group.schedule().zone());
    }

    private static ScheduleView schedule(BalintGroup found, ZoneId zone, Instant now) {
        List<SessionView> sessions = found.schedule().sessions().stream().map(s -> SessionView.of(s, zone, now)).toList();
        Optional<SessionView> next = found.schedule().sessionInProgressAt(now)
                .or(() -> found.schedule().nextSessionAfter(now)).map(s -> SessionView.of(s, zone, now));
        return new ScheduleView(found.id().value(), found.title(), zone.getId(), found.videoLink().toString(), sessions,
                next);
    }

    private static PresentationsView presentations(BalintGroup found, Optional<PublishedPlan> plan, MemberId who,
            ZoneId zone, Instant now) {
        List<ScheduledSession> turns = plan.map(p -> p.slots().stream()
                .filter(slot -> slot.presenter().equals(who)).map(PresentationSlot::session).distinct().sorted()
                .flatMap(number -> found.schedule().session(number).stream()).toList()).orElse(List.of());
        return new PresentationsView(found.id().value(), who.value(), zone.getId(), plan.isPresent(),
                turns.stream().map(s -> SessionView.of(s, zone, now)).toList(),
                turns.stream().filter(s -> !s.isHeldBy(now)).findFirst().map(s -> SessionView.of(s, zone, now)));
    }

    private static AttendanceView attendance(BalintGroup found, List<AttendanceSheet> sheets, MemberId who, ZoneId zone,
            Instant now) {
        List<SessionAttendanceView> sessions = found.schedule().sessions().stream().map(session -> {
            SessionView view = SessionView.of(session, zone, now);
            Optional<AttendanceSheet> sheet = sheets.stream().filter(s -> s.number().equals(session.number())).findFirst();
            if (sheet.isEmpty()) {
                return session.isHeldBy(now)
                        ? new SessionAttendanceView(view, "not-recorded", "not recorded yet", 0, 0, 0, "nothing-yet")
                        : new SessionAttendanceView(view, "upcoming", "upcoming", 0, 0, 0, "nothing-yet");
            }
            MemberAttendance attended = sheet.get().attendanceOf(who);
            return new SessionAttendanceView(view, attended.status().standing().name().toLowerCase(Locale.ROOT),
                    attended.status().describe(), attended.status().minutesPresent(), attended.status().minutesLate(),
                    attended.status().minutesLeftEarly(), kebab(attended.decidedBy().name()));
        }).toList();
        return new AttendanceView(found.id().value(), who.value(), zone.getId(), sessions);
    }

    private static CreditView credit(GroupId group, List<CreditRecord> ofGroup, MemberId who) {
        return new CreditView(group.value(), who.value(), ofGroup.stream().filter(record -> record.member().equals(who))
                .map(MemberViews::decision).toList());
    }

    private static CreditDecisionView decision(CreditRecord record) {
        Optional<String> earned = record.type().isCreditBearing()
                ? Optional.of(record.creditEarned().toString()) : Optional.empty();
        return new CreditDecisionView(record.type().name(), record.type().label(), record.eligible(),
                record.attained().toString(), earned,
                record.reasons().stream().map(v -> new ApiProblem(v.code(), v.message())).toList(),
                record.rules().stream().map(r -> new RuleView(r.rule().code(), r.met(), r.explanation())).toList(),
                record.revision(), record.decidedAt().toString(),
                record.claim().map(c -> c.credit().toString()));
    }

    private static String kebab(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
