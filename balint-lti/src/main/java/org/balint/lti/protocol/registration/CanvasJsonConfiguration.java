package org.balint.lti.protocol.registration;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The tool's Canvas developer-key JSON configuration: what an administrator pastes (or points Canvas
 * at, <em>Enter URL</em>) when creating an LTI key by hand. Shape as Canvas documents it
 * ({@code doc/api/lti_dev_key_config.md} of canvas-lms): {@code title}, {@code description},
 * {@code oidc_initiation_url}, {@code target_link_uri}, {@code scopes}, {@code public_jwk_url},
 * {@code custom_fields} when the tool has any, and one {@code extensions} entry for the platform
 * {@code canvas.instructure.com} with the privacy level and the placements.
 *
 * <p>Resource-link placements (such as {@code course_navigation}) open the tool; deep-linking
 * placements (such as {@code link_selection} and {@code assignment_selection}) let an instructor place
 * it. Only placement names Canvas knows are sent; Moodle's {@code ContentArea} is left out.
 */
public final class CanvasJsonConfiguration {

    /** The {@code platform} of the Canvas extension. */
    static final String CANVAS_PLATFORM = "canvas.instructure.com";

    /** Canvas placements that take an {@code LtiDeepLinkingRequest}. */
    static final Set<String> DEEP_LINKING_PLACEMENTS = Set.of("assignment_selection", "link_selection",
            "editor_button", "homework_submission", "migration_selection", "module_index_menu_modal",
            "collaboration", "conference_selection", "submission_type_selection");

    private CanvasJsonConfiguration() {
    }

    /**
     * The configuration of {@code tool}.
     *
     * @param toolId                   a short stable name for the tool ({@code tool_id})
     * @param resourceLinkPlacements   Canvas placements that launch the tool directly, e.g.
     *                                 {@code course_navigation}
     */
    public static Map<String, Object> of(ToolDescription tool, String toolId, List<String> resourceLinkPlacements) {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(toolId, "toolId");
        Objects.requireNonNull(resourceLinkPlacements, "resourceLinkPlacements");

        List<Map<String, Object>> placements = new ArrayList<>();
        for (String placement : resourceLinkPlacements) {
            placements.add(placement(tool.clientName(), canvasName(placement), "LtiResourceLinkRequest",
                    tool.targetLinkUri(), tool));
        }
        for (String placement : tool.deepLinkingPlacements()) {
            String name = canvasName(placement);
            if (DEEP_LINKING_PLACEMENTS.contains(name)) {
                placements.add(placement(tool.clientName(), name, "LtiDeepLinkingRequest", tool.deepLinkingTarget(), tool));
            }
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("text", tool.clientName());
        tool.logoUri().ifPresent(logo -> settings.put("icon_url", logo.toString()));
        settings.put("placements", placements);

        Map<String, Object> canvas = new LinkedHashMap<>();
        canvas.put("domain", ClientRegistration.domain(tool.targetLinkUri()));
        canvas.put("tool_id", toolId);
        canvas.put("platform", CANVAS_PLATFORM);
        canvas.put("privacy_level", tool.privacyLevel().wireName());
        canvas.put("settings", settings);

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", tool.clientName());
        json.put("description", tool.description().orElse(tool.clientName()));
        json.put("oidc_initiation_url", tool.initiateLoginUri().toString());
        json.put("target_link_uri", tool.targetLinkUri().toString());
        json.put("scopes", ClientRegistration.SCOPES);
        json.put("extensions", List.of(canvas));
        json.put("public_jwk_url", tool.jwksUri().toString());
        if (!tool.customParameters().isEmpty()) {
            json.put("custom_fields", new LinkedHashMap<>(tool.customParameters()));
        }
        return json;
    }

    private static Map<String, Object> placement(String text, String placement, String messageType, URI target,
            ToolDescription tool) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", text);
        tool.logoUri().ifPresent(logo -> json.put("icon_url", logo.toString()));
        json.put("placement", placement);
        json.put("message_type", messageType);
        json.put("target_link_uri", target.toString());
        return json;
    }

    /** {@code https://canvas.instructure.com/lti/link_selection} and {@code link_selection} alike. */
    private static String canvasName(String placement) {
        return placement.substring(placement.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
