package org.balint.lti.protocol.registration;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds the tool's OpenID client registration with the LTI tool configuration (LTI-DR 1.0, section 3.6). */
final class ClientRegistration {

    static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    static final String CANVAS_PRIVACY_LEVEL = "https://canvas.instructure.com/lti/privacy_level";

    /** Line items, scores, results and memberships: what publishing credit and syncing the roster need. */
    static final List<String> SCOPES = List.of(
            "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
            "https://purl.imsglobal.org/spec/lti-ags/scope/score",
            "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

    private ClientRegistration() {
    }

    static Map<String, Object> of(ToolDescription tool, PlatformConfiguration platform) {
        Set<String> redirects = new LinkedHashSet<>();
        redirects.add(tool.targetLinkUri().toString());
        redirects.add(tool.deepLinkingTarget().toString());

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("application_type", "web");
        json.put("response_types", List.of("id_token"));
        json.put("grant_types", List.of("implicit", "client_credentials"));
        json.put("initiate_login_uri", tool.initiateLoginUri().toString());
        json.put("redirect_uris", new ArrayList<>(redirects));
        json.put("client_name", tool.clientName());
        json.put("jwks_uri", tool.jwksUri().toString());
        tool.logoUri().ifPresent(logo -> json.put("logo_uri", logo.toString()));
        json.put("token_endpoint_auth_method", "private_key_jwt");
        json.put("scope", String.join(" ", SCOPES));
        json.put(TOOL_CONFIGURATION, toolConfiguration(tool, platform));
        return json;
    }

    private static Map<String, Object> toolConfiguration(ToolDescription tool, PlatformConfiguration platform) {
        Map<String, Object> lti = new LinkedHashMap<>();
        lti.put("domain", domain(tool.targetLinkUri()));
        lti.put("target_link_uri", tool.targetLinkUri().toString());
        tool.description().ifPresent(d -> lti.put("description", d));
        if (!tool.customParameters().isEmpty()) {
            lti.put("custom_parameters", new LinkedHashMap<>(tool.customParameters()));
        }
        lti.put("claims", ToolDescription.CLAIMS);

        Map<String, Object> resourceLink = new LinkedHashMap<>();
        resourceLink.put("type", "LtiResourceLinkRequest");
        resourceLink.put("target_link_uri", tool.targetLinkUri().toString());
        Map<String, Object> deepLinking = new LinkedHashMap<>();
        deepLinking.put("type", "LtiDeepLinkingRequest");
        deepLinking.put("target_link_uri", tool.deepLinkingTarget().toString());
        deepLinking.put("label", tool.clientName());
        List<String> placements = offered(tool.deepLinkingPlacements(), platform.placementsFor("LtiDeepLinkingRequest"));
        if (!placements.isEmpty()) {
            deepLinking.put("placements", placements);
        }
        lti.put("messages", List.of(resourceLink, deepLinking));
        lti.put(CANVAS_PRIVACY_LEVEL, tool.privacyLevel().wireName());
        return lti;
    }

    /** The wanted placements the platform offers, named as the tool names them. */
    private static List<String> offered(List<String> wanted, List<String> offered) {
        Set<String> offeredNames = new LinkedHashSet<>();
        offered.forEach(placement -> offeredNames.add(lastSegment(placement)));
        return wanted.stream().filter(placement -> offeredNames.contains(lastSegment(placement))).toList();
    }

    private static String lastSegment(String placement) {
        return placement.substring(placement.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    static String domain(URI uri) {
        return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }
}
