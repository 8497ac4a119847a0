package org.balint.lti.tool.api;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balint.core.group.FacultyMember;
import org.balint.core.leadership.RequirementProgress;
import org.balint.lti.tool.leaderlog.LogOverview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caller's own leader log and their progress on the credentialing pathway.
 *
 * @param candidate          the caller's member id
 * @param timeZone           the zone dates are read and shown in (the group's)
 * @param complete           whether every requirement of the pathway is met
 * @param progress           each requirement, met or unmet, in plain words
 * @param ledSessions        sessions led or co-led
 * @param supervisedSessions supervised sessions
 * @param intensives         intensives attended
 * @param summary            what the call just logged, after a POST
 */
@Schema(name = "LeaderLog", description = "The caller's own leader log and progress on the credentialing pathway.")
public record LeaderLogView(String candidate, String timeZone, boolean complete, List<Progress> progress,
        List<Led> ledSessions, List<Supervised> supervisedSessions, List<Intensive> intensives, Optional<String> summary) {

    /** Validates and copies the parts. */
    public LeaderLogView {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(timeZone, "timeZone");
        progress = List.copyOf(progress);
        ledSessions = List.copyOf(ledSessions);
        supervisedSessions = List.copyOf(supervisedSessions);
        intensives = List.copyOf(intensives);
        Objects.requireNonNull(summary, "summary");
    }

    /** One requirement of the pathway. */
    @Schema(name = "PathwayRequirement")
    public record Progress(@Schema(examples = "supervised-sessions") String requirement, int required, int achieved,
            int remaining, boolean met, @Schema(examples = "9 of 12 supervised sessions; 3 to go") String summary) {
    }

    /** A session led or co-led. */
    @Schema(name = "LedSession")
    public record Led(String group, int session, String heldAt, @Schema(enumeration = {"lead", "co-lead"}) String role) {
    }

    /** A supervised session. */
    @Schema(name = "SupervisedSession")
    public record Supervised(String supervisor, Optional<String> supervisorName, String date) {
    }

    /** An intensive attended. */
    @Schema(name = "Intensive")
    public record Intensive(String name, String firstDay, String lastDay) {
    }

    static LeaderLogView of(LogOverview overview, Optional<String> summary) {
        var log = overview.log();
        return new LeaderLogView(log.candidate().value(), overview.zone().getId(), overview.progress().isComplete(),
                overview.progress().requirements().stream().map(r -> new Progress(
                        r.requirement().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), r.required(),
                        r.achieved(), r.remaining(), r instanceof RequirementProgress.Met, r.summary())).toList(),
                log.ledSessions().stream().map(s -> new Led(s.group().value(), s.session().value(),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.heldAt().atZone(overview.zone())),
                        s.role() == org.balint.core.leadership.LeadRole.LEAD ? "lead" : "co-lead")).toList(),
                log.supervisedSessions().stream().map(s -> new Supervised(s.supervisor().value(),
                        overview.supervisors().stream().filter(f -> f.id().equals(s.supervisor()))
                                .map(FacultyMember::name).findFirst(), s.date().toString())).toList(),
                log.intensives().stream().map(i -> new Intensive(i.name(), i.firstDay().toString(), i.lastDay().toString()))
                        .toList(),
                summary);
    }
}
