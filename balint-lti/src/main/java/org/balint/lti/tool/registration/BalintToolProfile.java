package org.balint.lti.tool.registration;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balint.lti.protocol.registration.CanvasJsonConfiguration;
import org.balint.lti.protocol.registration.CanvasPrivacyLevel;
import org.balint.lti.protocol.registration.ToolDescription;

/**
 * How Balint describes itself to a platform, for dynamic registration and for the Canvas
 * developer-key JSON: its name and purpose, its addresses, and the least personal data it needs (the
 * person's id, name and e-mail address: names for certificates, e-mail to match attendance reports;
 * Canvas privacy level {@code name_only}).
 */
public final class BalintToolProfile {

    /** The tool's name as administrators and instructors see it. */
    public static final String NAME = "Balint groups";
    /** The {@code tool_id} of the Canvas configuration. */
    public static final String CANVAS_TOOL_ID = "balint-groups";
    /** One sentence about the tool. */
    public static final String DESCRIPTION = "Online Balint groups for clinicians: case presentation rotation, "
            + "attendance and continuing-education credit. Stores no case narratives or patient details.";
    /** Canvas placements that open the tool directly. */
    public static final List<String> CANVAS_RESOURCE_LINK_PLACEMENTS = List.of("course_navigation");

    private BalintToolProfile() {
    }

    /** The description of a tool at these addresses. */
    public static ToolDescription describe(URI loginUrl, URI launchUrl, URI jwksUrl) {
        return new ToolDescription(NAME, loginUrl, launchUrl, Optional.empty(), jwksUrl, Optional.empty(),
                Optional.of(DESCRIPTION), Map.of(), ToolDescription.DEFAULT_DEEP_LINKING_PLACEMENTS,
                CanvasPrivacyLevel.NAME_ONLY);
    }

    /** The Canvas developer-key JSON configuration of a tool at these addresses. */
    public static Map<String, Object> canvasConfiguration(URI loginUrl, URI launchUrl, URI jwksUrl) {
        return CanvasJsonConfiguration.of(describe(loginUrl, launchUrl, jwksUrl), CANVAS_TOOL_ID,
                CANVAS_RESOURCE_LINK_PLACEMENTS);
    }
}
