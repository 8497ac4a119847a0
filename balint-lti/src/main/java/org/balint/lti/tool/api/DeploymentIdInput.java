package org.balint.lti.tool.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body that adds a deployment. May hold {@code null}: raw JSON. */
@Schema(name = "DeploymentIdInput", description = "A deployment id as the LMS shows it.")
public class DeploymentIdInput {
    /** The deployment id. */
    @Schema(required = true, examples = "2")
    public String deploymentId;
}
