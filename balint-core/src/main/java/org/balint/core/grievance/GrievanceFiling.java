package org.balint.core.grievance;

import java.util.Objects;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;

/**
 * A grievance as someone files it: who files it, about which group, what it is about, and whether
 * faculty may see the complainant's name. Checked by {@link GrievanceDesk#file}.
 *
 * <p>The text should describe the concern about the program, not clinical cases: the filing form shows
 * {@link #TEXT_NOTICE}, and the core does not screen the text.
 */
public record GrievanceFiling(MemberId complainant, GroupId group, String text, Disclosure disclosure) {

    /** The warning shown above the grievance text box. */
    public static final String TEXT_NOTICE = "Describe your concern about the program. Please do not include"
            + " patient names, dates, places or any other detail that could identify a patient or a case"
            + " discussed in the group. The grievance committee chair will see your name; if you ask for"
            + " anonymity toward faculty, faculty will not.";

    public GrievanceFiling {
        Objects.requireNonNull(complainant, "complainant");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(disclosure, "disclosure");
        text = Objects.requireNonNull(text, "text").strip();
    }
}
