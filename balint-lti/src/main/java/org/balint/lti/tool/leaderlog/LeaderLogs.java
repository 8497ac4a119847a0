package org.balint.lti.tool.leaderlog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.core.group.ScheduledSession;
import org.balint.core.group.SessionNumber;
import org.balint.core.leadership.CredentialingPathway;
import org.balint.core.leadership.LeadRole;
import org.balint.core.leadership.LeaderLog;
import org.balint.core.leadership.LeaderLogbook;
import org.balint.core.leadership.LogEntry;
import org.balint.core.validation.Validated;
import org.balint.core.validation.Violation;
import org.balint.lti.tool.course.FieldViolation;
import org.balint.lti.tool.course.Retry;
import org.balint.persistence.tenant.Tenant;

/**
 * A leader's own development log beside their group, through the core's {@link LeaderLogbook}: what is
 * in it and the progress it makes on the credentialing pathway (the Balint Society's defaults, counted in
 * the group's time zone), and adding one entry, checked field by field (a date that is no date, a session
 * the group does not have, a supervisor who is not on the group's faculty) and then by the core's rules
 * (nothing in the future, nothing twice, no self-supervision, an intensive with a name and its days in
 * order). Every reason is placed at the field it concerns; a refused entry stores nothing.
 */
public final class LeaderLogs {

    /** The longest intensive name taken (the core's limit). */
    public static final int MAX_NAME = 200;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final LeaderLogRecords records;
    private final Clock clock;

    /** The logs kept in {@code records}, "now" and "today" from {@code clock}. */
    public LeaderLogs(LeaderLogRecords records, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code leader}'s log beside {@code group}; empty when the group is not stored. */
    public Optional<LogOverview> overview(Tenant tenant, GroupId group, MemberId leader) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(leader, "leader");
        return records.inTransaction(tenant, r -> r.groups().find(group)
                .map(found -> overview(found, leader, new LeaderLogbook(r.logs(), clock, found.schedule().zone()))));
    }

    /** Adds {@code request} to {@code leader}'s log, or refuses it with every reason. */
    public EntryOutcome record(Tenant tenant, GroupId group, MemberId leader, EntryRequest request) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(request, "request");
        return Retry.onConcurrentChange(() -> records.inTransaction(tenant, r -> {
            Optional<BalintGroup> found = r.groups().find(group);
            if (found.isEmpty()) {
                return new EntryOutcome.Refused(404, List.of(FieldViolation.general(Violation.of("group-not-found",
                        "This group is no longer stored. Open the activity from the course again."))));
            }
            List<FieldViolation> violations = new ArrayList<>();
            Optional<LogEntry> entry = entry(found.get(), leader, request, violations);
            if (entry.isEmpty()) {
                return new EntryOutcome.Refused(400, violations);
            }
            ZoneId zone = found.get().schedule().zone();
            LeaderLogbook logbook = new LeaderLogbook(r.logs(), clock, zone);
            Validated<LeaderLog> recorded = logbook.record(leader, entry.get());
            if (!recorded.isValid()) {
                return new EntryOutcome.Refused(400, recorded.violations().stream()
                        .map(v -> placed(request.kind(), v)).toList());
            }
            return new EntryOutcome.Added(overview(found.get(), leader, logbook), summary(entry.get(), found.get()));
        }));
    }

    private LogOverview overview(BalintGroup group, MemberId leader, LeaderLogbook logbook) {
        ZoneId zone = group.schedule().zone();
        CredentialingPathway pathway = CredentialingPathway.balintSocietyDefaults(zone);
        LeaderLog log = logbook.logOf(leader);
        List<FacultyMember> supervisors = group.faculty().everyone().stream()
                .filter(f -> !f.id().equals(leader)).toList();
        return new LogOverview(group.id(), group.title(), zone, log, pathway, LeaderLogbook.progress(log, pathway),
                group.schedule().sessions().stream().filter(s -> !s.start().isAfter(clock.instant())).toList(),
                supervisors);
    }

    private static Optional<LogEntry> entry(BalintGroup group, MemberId leader, EntryRequest request,
            List<FieldViolation> violations) {
        switch (request.kind()) {
            case EntryRequest.LED:
                return led(group, request, violations);
            case EntryRequest.SUPERVISED:
                return supervised(group, leader, request, violations);
            case EntryRequest.INTENSIVE:
                return intensive(request, violations);
            default:
                violations.add(FieldViolation.general(Violation.of("entry-kind-unknown", "say what to log: a session "
                        + "you led (" + EntryRequest.LED + "), a supervised session (" + EntryRequest.SUPERVISED
                        + ") or an intensive (" + EntryRequest.INTENSIVE + ")")));
                return Optional.empty();
        }
    }

    private static Optional<LogEntry> led(BalintGroup group, EntryRequest request, List<FieldViolation> violations) {
        Optional<ScheduledSession> session = Optional.empty();
        try {
            int number = Integer.parseInt(request.session());
            session = number >= 1 ? group.schedule().session(SessionNumber.of(number)) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        if (session.isEmpty()) {
            violations.add(FieldViolation.at(EntryRequest.SESSION_FIELD,
                    request.session().isEmpty() ? "session-missing" : "session-unknown",
                    "choose the session of this group you led, 1 to " + group.numberOfSessions()));
        }
        Optional<LeadRole> role = EntryRequest.LEAD.equals(request.role()) ? Optional.of(LeadRole.LEAD)
                : EntryRequest.CO_LEAD.equals(request.role()) ? Optional.of(LeadRole.CO_LEAD) : Optional.empty();
        if (role.isEmpty()) {
            violations.add(FieldViolation.at(EntryRequest.ROLE_FIELD, request.role().isEmpty() ? "role-missing" : "role-unknown",
                    "say whether you led the session alone or co-led it with another leader"));
        }
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LogEntry.LedSession(group.id(), session.get().number(), session.get().start(), role.get()));
    }

    private static Optional<LogEntry> supervised(BalintGroup group, MemberId leader, EntryRequest request,
            List<FieldViolation> violations) {
        Optional<LocalDate> date = day(request.date(), EntryRequest.DATE_FIELD, "the supervised session", violations);
        Optional<FacultyMember> supervisor = group.faculty().everyone().stream()
                .filter(f -> f.id().value().equals(request.supervisor())).findFirst();
        if (supervisor.isEmpty()) {
            violations.add(FieldViolation.at(EntryRequest.SUPERVISOR_FIELD,
                    request.supervisor().isEmpty() ? "supervisor-missing" : "supervisor-unknown",
                    "choose who supervised the session from the group's faculty; a supervisor who is not on it yet joins "
                            + "the faculty when they open the activity from the course"));
        }
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LogEntry.SupervisedSession(supervisor.get().id(), date.get()));
    }

    private static Optional<LogEntry> intensive(EntryRequest request, List<FieldViolation> violations) {
        if (request.name().length() > MAX_NAME) {
            violations.add(FieldViolation.at(EntryRequest.NAME_FIELD, "intensive-name-too-long", "the intensive's name has "
                    + request.name().length() + " characters: shorten it to at most " + MAX_NAME));
        }
        Optional<LocalDate> first = day(request.firstDay(), EntryRequest.FIRST_DAY_FIELD, "the intensive's first day",
                violations);
        Optional<LocalDate> last = request.lastDay().isEmpty() ? first
                : day(request.lastDay(), EntryRequest.LAST_DAY_FIELD, "the intensive's last day", violations);
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LogEntry.IntensiveAttended(request.name(), first.get(), last.get()));
    }

    private static Optional<LocalDate> day(String text, String field, String what, List<FieldViolation> violations) {
        if (text.isEmpty()) {
            violations.add(FieldViolation.at(field, "date-missing", "give the date of " + what + ", e.g. 2026-03-14"));
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            violations.add(FieldViolation.at(field, "date-invalid", "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                    + "\" is not a date: give the date of " + what + " as year-month-day, e.g. 2026-03-14"));
            return Optional.empty();
        }
    }

    /** The core's reason placed at the field it concerns for an entry of {@code kind}. */
    static FieldViolation placed(String kind, Violation violation) {
        switch (violation.code()) {
            case "date-in-future":
                return FieldViolation.at(EntryRequest.LED.equals(kind) ? EntryRequest.SESSION_FIELD
                        : EntryRequest.SUPERVISED.equals(kind) ? EntryRequest.DATE_FIELD : EntryRequest.LAST_DAY_FIELD,
                        violation);
            case "supervisor-is-candidate":
                return FieldViolation.at(EntryRequest.SUPERVISOR_FIELD, violation);
            case "blank-intensive-name":
            case "intensive-name-too-long":
                return FieldViolation.at(EntryRequest.NAME_FIELD, violation);
            case "intensive-dates-inverted":
                return FieldViolation.at(EntryRequest.LAST_DAY_FIELD, violation);
            default:
                return FieldViolation.general(violation);
        }
    }

    private static String summary(LogEntry entry, BalintGroup group) {
        if (entry instanceof LogEntry.LedSession led) {
            return "Logged: you " + led.role().label() + " session " + led.session().value() + " of \"" + group.title()
                    + "\" on " + DAY.format(led.heldAt().atZone(group.schedule().zone())) + ".";
        }
        if (entry instanceof LogEntry.SupervisedSession supervised) {
            String name = group.faculty().everyone().stream().filter(f -> f.id().equals(supervised.supervisor()))
                    .map(FacultyMember::name).findFirst().orElse(supervised.supervisor().value());
            return "Logged: a session supervised by " + name + " on " + DAY.format(supervised.date()) + ".";
        }
        LogEntry.IntensiveAttended intensive = (LogEntry.IntensiveAttended) entry;
        return "Logged: the intensive \"" + intensive.name() + "\", " + DAY.format(intensive.firstDay())
                + (intensive.lastDay().equals(intensive.firstDay()) ? "" : " to " + DAY.format(intensive.lastDay())) + ".";
    }
}
