package org.balint.lti.tool.api;

import java.util.List;
import org.balint.lti.tool.platform.RetentionCounts;
import org.balint.lti.tool.platform.RetentionPreview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a retention purge of the caller's platform would delete now (counts only) and the value that confirms it. */
@Schema(name = "RetentionPreview", description = "Records past retention now, counted by running the purge in a "
        + "transaction that is rolled back; confirm with the confirmation value (once).")
public record RetentionView(
        @Schema(description = "The retention period, counted from the end of each series (ISO-8601).") String period,
        @Schema(description = "When the counts were taken (ISO-8601 UTC).") String countedAt,
        @Schema(description = "The deployments whose records were counted.") List<String> deployments,
        @Schema(description = "How many records are past retention.") RetentionCounts counts,
        @Schema(description = "POST it to /api/v1/platform/retention/purge to purge; valid once, for 30 minutes.")
        String confirmation) {

    /** The view of {@code preview}. */
    static RetentionView of(RetentionPreview preview) {
        return new RetentionView(preview.period().toString(), preview.at().toString(), preview.deployments(),
                preview.counts(), preview.confirmation());
    }
}
