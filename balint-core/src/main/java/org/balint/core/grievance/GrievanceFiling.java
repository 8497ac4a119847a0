package org.balint.core.grievance;

import java.util.Objects;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;

/**
 * A grievance as someone files it: who files it, about which group, what it is about, and whether
 * faculty may see the complainant's name. Checked by {@link GrievanceDesk#file}.
 *
 * <p>The text should describe the concern about the program, not clinical cases: the filing form asks
 * complainants not to include patient details, and the core does not screen the text.
 */
public record GrievanceFiling(MemberId complainant, GroupId group, String text, Disclosure disclosure) {

    public GrievanceFiling {
        Objects.requireNonNull(complainant, "complainant");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(disclosure, "disclosure");
        text = Objects.requireNonNull(text, "text").strip();
    }
}
