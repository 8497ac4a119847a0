package org.balint.lti.tool.leaderlog;

import java.util.Objects;

/**
 * One entry for a leader's log as a form or the API sends it, unchecked. Which fields count depends on
 * {@code kind}: a session led ({@code session}, {@code role}), a supervised session ({@code date},
 * {@code supervisor}) or an intensive ({@code name}, {@code firstDay}, {@code lastDay}).
 *
 * @param kind       {@value #LED}, {@value #SUPERVISED} or {@value #INTENSIVE}
 * @param session    the number of the group's session led
 * @param role       {@value #LEAD} or {@value #CO_LEAD}
 * @param date       the day of the supervised session, {@code yyyy-mm-dd}
 * @param supervisor the Balint id of the supervisor, one of the group's other faculty
 * @param name       the intensive's name (organiser and place; never anything about patients)
 * @param firstDay   the intensive's first day, {@code yyyy-mm-dd}
 * @param lastDay    the intensive's last day, {@code yyyy-mm-dd}; empty for a one-day intensive
 */
public record EntryRequest(String kind, String session, String role, String date, String supervisor, String name,
        String firstDay, String lastDay) {

    public static final String LED = "led";
    public static final String SUPERVISED = "supervised";
    public static final String INTENSIVE = "intensive";
    public static final String LEAD = "lead";
    public static final String CO_LEAD = "co-lead";

    /** The form fields, named apart per kind so that the three forms share one page. */
    public static final String SESSION_FIELD = "led_session";
    public static final String ROLE_FIELD = "led_role";
    public static final String DATE_FIELD = "supervised_date";
    public static final String SUPERVISOR_FIELD = "supervisor";
    public static final String NAME_FIELD = "intensive_name";
    public static final String FIRST_DAY_FIELD = "intensive_first_day";
    public static final String LAST_DAY_FIELD = "intensive_last_day";

    /** Strips the parts; a missing part is empty. */
    public EntryRequest {
        kind = clean(kind);
        session = clean(session);
        role = clean(role);
        date = clean(date);
        supervisor = clean(supervisor);
        name = clean(name);
        firstDay = clean(firstDay);
        lastDay = clean(lastDay);
    }

    /** An empty request of {@code kind}, for a blank form. */
    public static EntryRequest blank(String kind) {
        return new EntryRequest(kind, "", "", "", "", "", "", "");
    }

    private static String clean(String value) {
        return Objects.requireNonNullElse(value, "").strip();
    }
}
