package org.balint.lti.tool.api;

import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an attendance change did and the session's sheet after it.
 *
 * @param notice what was done, in a sentence
 * @param sheet  the sheet after the change
 */
@Schema(name = "AttendanceChange", description = "What was done, and the session's sheet after it.")
public record AttendanceChangeView(String notice, SessionSheetView sheet) {

    /** Validates the parts. */
    public AttendanceChangeView {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(sheet, "sheet");
    }
}
