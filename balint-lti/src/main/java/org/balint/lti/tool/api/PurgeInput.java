package org.balint.lti.tool.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body that confirms a retention purge. May hold {@code null}: raw JSON. */
@Schema(name = "PurgeInput", description = "The confirmation value of a retention preview, used once.")
public class PurgeInput {
    /** The preview's confirmation value. */
    @Schema(required = true)
    public String confirmation;
}
