package org.balint.lti.tool.admin;

/** The JSON body that adds a deployment: {@code {"deploymentId": "..."}}. May hold {@code null}: raw JSON. */
public class DeploymentInput {
    /** The deployment id as the platform shows it. */
    public String deploymentId;
}
