package org.balint.lti.tool.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry for the caller's leader log. Which fields count depends on {@code kind}.
 *
 * @param kind       {@code led}, {@code supervised} or {@code intensive}
 * @param session    led: the number of the group's session
 * @param role       led: {@code lead} or {@code co-lead}
 * @param date       supervised: the day, {@code yyyy-mm-dd}
 * @param supervisor supervised: the member id of a member of the group's faculty
 * @param name       intensive: its name (organiser and place; nothing about patients), at most 200 characters
 * @param firstDay   intensive: its first day
 * @param lastDay    intensive: its last day; absent for a one-day intensive
 */
@Schema(name = "LeaderLogEntry", description = "A session led, a supervised session or an intensive attended.")
public record LogEntryInput(@Schema(required = true, enumeration = {"led", "supervised", "intensive"}) String kind,
        Integer session, @Schema(enumeration = {"lead", "co-lead"}) String role,
        @Schema(examples = "2026-03-14") String date, String supervisor, @Schema(maxLength = 200) String name,
        @Schema(examples = "2026-03-12") String firstDay, @Schema(examples = "2026-03-14") String lastDay) {
}
