package org.balint.lti.tool.api;

import org.balint.lti.tool.platform.RetentionCounts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a retention purge deleted. */
@Schema(name = "Purge", description = "What the purge deleted, counts only.")
public record PurgeView(
        @Schema(description = "How many records were deleted.") RetentionCounts deleted,
        @Schema(description = "One sentence saying what happened.") String message) {
}
