package org.balint.core.registration;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why faculty recommend that a registrant referred to review join a later series instead: a short list
 * of kind, standard notes, so that what the registrant is told never depends on free text that might
 * carry clinical details. Each reason has a stable code (what forms and the API send) and the note the
 * registrant reads.
 */
public enum DeferralReason {
    /** The reported stressful period: the group asks a lot, a later series may suit them better. */
    STRESSFUL_PERIOD("stressful-period",
            "You told us you are going through an unusually stressful period. A Balint group asks a lot of its "
                    + "members, so faculty suggest joining a later series, once things have settled."),
    /** Faculty want to talk with the registrant before they join any group. */
    TALK_WITH_FACULTY_FIRST("talk-with-faculty-first",
            "Faculty would like to talk with you before you join a group. They will contact you, and suggest joining "
                    + "a later series after that conversation."),
    /** This series is well under way; a fresh series lets the registrant start with everyone else. */
    LATER_SERIES_STARTS_FRESH("later-series-starts-fresh",
            "This series is already well under way and its members know each other. Faculty suggest joining the next "
                    + "series, so that you start together with everyone else.");

    private final String code;
    private final String note;

    DeferralReason(String code, String note) {
        this.code = code;
        this.note = note;
    }

    /** The stable code, e.g. {@code stressful-period}. */
    public String code() {
        return code;
    }

    /** The note to the registrant, as they read it. */
    public String note() {
        return note;
    }

    /** The reason with {@code code}, if there is one. */
    public static Optional<DeferralReason> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
