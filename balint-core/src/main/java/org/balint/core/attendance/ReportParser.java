package org.balint.core.attendance;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the text of a Zoom or Teams attendance report into rows (name, e-mail, presence), checking
 * every row and collecting every problem with its line.
 */
final class ReportParser {

    /** What a column of a report holds. */
    private enum Role {
        NAME, EMAIL, UPN, JOIN, LEAVE, IGNORED
    }

    private static final Map<String, Role> HEADINGS = Map.ofEntries(
            Map.entry("name (original name)", Role.NAME),
            Map.entry("name", Role.NAME),
            Map.entry("full name", Role.NAME),
            Map.entry("participant", Role.NAME),
            Map.entry("participant name", Role.NAME),
            Map.entry("display name", Role.NAME),
            Map.entry("user email", Role.EMAIL),
            Map.entry("email", Role.EMAIL),
            Map.entry("e-mail", Role.EMAIL),
            Map.entry("email address", Role.EMAIL),
            Map.entry("e-mail address", Role.EMAIL),
            Map.entry("participant id (upn)", Role.UPN),
            Map.entry("upn", Role.UPN),
            Map.entry("join time", Role.JOIN),
            Map.entry("first join", Role.JOIN),
            Map.entry("first join time", Role.JOIN),
            Map.entry("joined", Role.JOIN),
            Map.entry("leave time", Role.LEAVE),
            Map.entry("last leave", Role.LEAVE),
            Map.entry("last leave time", Role.LEAVE),
            Map.entry("left", Role.LEAVE),
            Map.entry("duration (minutes)", Role.IGNORED),
            Map.entry("duration", Role.IGNORED),
            Map.entry("in-meeting duration", Role.IGNORED),
            Map.entry("attendance duration", Role.IGNORED),
            Map.entry("role", Role.IGNORED),
            Map.entry("guest", Role.IGNORED),
            Map.entry("recording disclaimer response", Role.IGNORED),
            Map.entry("recording consent", Role.IGNORED),
            Map.entry("in waiting room", Role.IGNORED),
            Map.entry("attentiveness score", Role.IGNORED),
            Map.entry("", Role.IGNORED));

    private static final Set<String> ZOOM_HEADINGS = Set.of("name (original name)", "user email",
            "duration (minutes)", "guest", "recording disclaimer response", "recording consent", "in waiting room",
            "attentiveness score");
    private static final Set<String> TEAMS_HEADINGS = Set.of("full name", "participant id (upn)", "first join",
            "last leave", "in-meeting duration", "role");

    /** One participant row of a report; {@code presence} is empty for a row shorter than a minute. */
    record Row(int line, String name, Optional<String> email, Optional<PresenceInterval> presence) {
    }

    /** A report read without problems. */
    record Parsed(VideoPlatform platform, List<Row> rows) {
        Parsed {
            rows = List.copyOf(rows);
        }
    }

    /** The report's rows, or every bad row. */
    sealed interface Outcome permits Good, Bad {
    }

    record Good(Parsed report) implements Outcome {
    }

    record Bad(List<BadRow> badRows) implements Outcome {
        Bad {
            badRows = List.copyOf(badRows);
        }
    }

    private final ImportSettings settings;
    private final SessionWindow window;
    private final String sessionName;
    private final List<BadRow> problems = new ArrayList<>();

    private ReportParser(ImportSettings settings, SessionWindow window, String sessionName) {
        this.settings = settings;
        this.window = window;
        this.sessionName = sessionName;
    }

    static Outcome parse(String text, ImportSettings settings, SessionWindow window, String sessionName) {
        return new ReportParser(settings, window, sessionName).parse(text);
    }

    private Outcome parse(String text) {
        CsvReader.Table table = CsvReader.read(text);
        problems.addAll(table.problems());
        List<CsvReader.Record> records = participantTable(table.records());
        if (records.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(BadRow.of(1, "no-participant-table", "the file has no heading line with name, join"
                        + " time and leave time; export the participant list from Zoom or the attendance report"
                        + " from Teams"));
            }
            return new Bad(problems);
        }
        CsvReader.Record heading = records.get(0);
        Optional<Columns> columns = columns(heading);
        var rows = new ArrayList<Row>();
        if (columns.isPresent()) {
            for (CsvReader.Record record : records.subList(1, records.size())) {
                if (!record.isBlank()) {
                    row(record, columns.get(), heading.fields().size()).ifPresent(rows::add);
                }
            }
            if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(BadRow.of(heading.line(), "no-participants", "the report lists no participants below"
                        + " its heading line; check that the right file was exported"));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(BadRow::line));
            return new Bad(problems);
        }
        return new Good(new Parsed(columns.get().platform(), rows));
    }

    /**
     * The records from the participant heading on. Zoom can put a meeting summary (headed "Meeting
     * ID") and a blank line before the participant list; that summary is skipped.
     */
    private static List<CsvReader.Record> participantTable(List<CsvReader.Record> records) {
        int first = 0;
        while (first < records.size() && records.get(first).isBlank()) {
            first++;
        }
        if (first < records.size() && heading(records.get(first).fields().get(0)).equals("meeting id")) {
            while (first < records.size() && !records.get(first).isBlank()) {
                first++;
            }
            while (first < records.size() && records.get(first).isBlank()) {
                first++;
            }
        }
        return records.subList(first, records.size());
    }

    private record Columns(VideoPlatform platform, Map<Role, List<Integer>> positions) {
        int position(Role role) {
            return positions.get(role).get(0);
        }

        List<Integer> all(Role role) {
            return positions.getOrDefault(role, List.of());
        }
    }

    private Optional<Columns> columns(CsvReader.Record heading) {
        var positions = new EnumMap<Role, List<Integer>>(Role.class);
        var seen = new java.util.HashSet<String>();
        boolean zoom = false;
        boolean teams = false;
        int line = heading.line();
        for (int i = 0; i < heading.fields().size(); i++) {
            String raw = heading.fields().get(i);
            String name = heading(raw);
            Role role = HEADINGS.get(name);
            if (role == null) {
                problems.add(name.equals("user action") || name.equals("timestamp")
                        ? BadRow.of(line, "join-leave-log-not-supported", "column \"" + raw.strip() + "\" belongs"
                                + " to the older Teams attendance list, which logs each join and leave as its own"
                                + " row; download the attendance report (with join and leave times) instead")
                        : BadRow.of(line, "unknown-column", "column " + (i + 1) + " \"" + raw.strip() + "\" is not"
                                + " a column of Zoom or Teams attendance reports; remove it or export the report"
                                + " again without changes"));
                continue;
            }
            if (!name.isEmpty() && !seen.add(name) || (role != Role.IGNORED && role != Role.EMAIL
                    && role != Role.UPN && positions.containsKey(role))) {
                problems.add(BadRow.of(line, "duplicate-column", "column " + (i + 1) + " \"" + raw.strip()
                        + "\" repeats a column already present; keep only one of them"));
                continue;
            }
            zoom |= ZOOM_HEADINGS.contains(name);
            teams |= TEAMS_HEADINGS.contains(name);
            positions.computeIfAbsent(role, r -> new ArrayList<>()).add(i);
        }
        boolean complete = true;
        for (Role required : List.of(Role.NAME, Role.JOIN, Role.LEAVE)) {
            if (!positions.containsKey(required)) {
                complete = false;
                problems.add(BadRow.of(line, "missing-column", "the report has no " + describe(required)
                        + " column; export the report with " + describe(required) + " included"));
            }
        }
        if (!complete) {
            return Optional.empty();
        }
        VideoPlatform platform = zoom && !teams ? VideoPlatform.ZOOM
                : teams && !zoom ? VideoPlatform.TEAMS : VideoPlatform.OTHER;
        return Optional.of(new Columns(platform, positions));
    }

    private static String describe(Role role) {
        return role == Role.NAME ? "name" : role == Role.JOIN ? "join time" : "leave time";
    }

    private static String heading(String raw) {
        return raw.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Optional<Row> row(CsvReader.Record record, Columns columns, int width) {
        int line = record.line();
        List<String> fields = record.fields();
        if (fields.size() != width) {
            problems.add(BadRow.of(line, "wrong-number-of-fields", "the row has " + fields.size() + " fields but the"
                    + " heading has " + width + " columns; put any name or value containing a comma in quotes"));
            return Optional.empty();
        }
        String name = fields.get(columns.position(Role.NAME)).strip();
        Optional<String> email = email(fields, columns);
        int before = problems.size();
        if (name.isEmpty() && email.isEmpty()) {
            problems.add(BadRow.of(line, "participant-not-named", "the row has neither a name nor an e-mail address,"
                    + " so nobody can tell whose attendance it is; fill in the name or remove the row"));
        }
        Optional<Instant> joined = time(line, fields.get(columns.position(Role.JOIN)), "join");
        Optional<Instant> left = time(line, fields.get(columns.position(Role.LEAVE)), "leave");
        if (joined.isPresent() && left.isPresent()) {
            if (left.get().isBefore(joined.get())) {
                problems.add(BadRow.of(line, "leave-before-join", "the leave time " + show(left.get())
                        + " is before the join time " + show(joined.get()) + "; check the two times"));
            } else if (!window.touchesAcceptedSpan(joined.get(), left.get())) {
                problems.add(BadRow.of(line, "outside-session", "the row runs from " + show(joined.get()) + " to "
                        + show(left.get()) + ", entirely outside " + sessionName + " (" + show(window.from())
                        + " to " + show(window.to()) + ", rows accepted from " + show(window.acceptFrom()) + " to "
                        + show(window.acceptTo()) + "); check that the report is for this session and the time"
                        + " zone is " + settings.zone()));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Optional<PresenceInterval> presence = left.get().isAfter(joined.get())
                ? Optional.of(new PresenceInterval(joined.get(), left.get()))
                : Optional.empty();
        return Optional.of(new Row(line, name, email, presence));
    }

    private static Optional<String> email(List<String> fields, Columns columns) {
        for (Role role : List.of(Role.EMAIL, Role.UPN)) {
            for (int position : columns.all(role)) {
                String value = fields.get(position).strip();
                if (!value.isEmpty()) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Instant> time(int line, String text, String which) {
        if (text.isBlank()) {
            problems.add(BadRow.of(line, "missing-" + which + "-time", "the " + which + " time is empty; fill it in"
                    + " or remove the row"));
            return Optional.empty();
        }
        Optional<Instant> time = ReportTimes.parse(text, settings);
        if (time.isEmpty()) {
            problems.add(BadRow.of(line, "unparseable-" + which + "-time", "the " + which + " time \"" + text.strip()
                    + "\" is not a date and time as Zoom or Teams write them (e.g. 03/15/2026 06:58:12 PM or"
                    + " 3/15/2026, 6:58:12 PM, dates " + (settings.dateOrder() == ImportSettings.DateOrder.MONTH_FIRST
                            ? "month" : "day") + " first)"));
        }
        return time;
    }

    private String show(Instant instant) {
        return SHOWN.withZone(settings.zone()).format(instant);
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
}
