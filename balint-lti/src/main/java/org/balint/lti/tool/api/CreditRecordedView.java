package org.balint.lti.tool.api;

import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What recording the group's credit decisions did.
 *
 * @param decisions decisions recorded (one per member offered the credit)
 * @param changed   of those, results that changed and go to the gradebook
 * @param summary   one sentence saying so
 */
@Schema(name = "CreditRecorded", description = "How many decisions were recorded and how many changed results go to "
        + "the gradebook.")
public record CreditRecordedView(int decisions, int changed, String summary) {

    /** Validates the parts. */
    public CreditRecordedView {
        Objects.requireNonNull(summary, "summary");
    }
}
