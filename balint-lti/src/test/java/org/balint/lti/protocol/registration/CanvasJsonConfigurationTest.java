package org.balint.lti.protocol.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.balint.lti.protocol.services.JsonValues;
import org.balint.lti.protocol.support.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Canvas developer-key JSON configuration")
class CanvasJsonConfigurationTest {

    /** The configuration as Canvas documents it. */
    private final Map<String, Object> documented = Fixtures.json("canvas/08-developer-key-json-config.json");

    private static ToolDescription tool(Map<String, String> custom, Optional<URI> logo) {
        return new ToolDescription("Balint groups", URI.create("https://balint.example.org/lti/login"),
                URI.create("https://balint.example.org/lti/launch"), Optional.empty(),
                URI.create("https://balint.example.org/lti/jwks"), logo, Optional.of("Online Balint groups"), custom,
                ToolDescription.DEFAULT_DEEP_LINKING_PLACEMENTS, CanvasPrivacyLevel.NAME_ONLY);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> canvasExtension(Map<String, Object> json) {
        return ((List<Map<String, Object>>) json.get("extensions")).get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> placements(Map<String, Object> json) {
        return (List<Map<String, Object>>) Fixtures.object(canvasExtension(json), "settings").get("placements");
    }

    @Test
    @DisplayName("has the documented fields, filled from the tool's addresses, and survives a JSON round trip")
    void documentedShape() throws Exception {
        Map<String, Object> json = JsonValues.object(JsonValues.write(
                CanvasJsonConfiguration.of(tool(Map.of(), Optional.empty()), "balint-groups", List.of("course_navigation"))));

        Set<String> documentedFields = Set.of("title", "description", "oidc_initiation_url", "target_link_uri", "scopes",
                "extensions", "public_jwk_url");
        assertThat(documented.keySet()).containsAll(documentedFields);
        assertThat(json.keySet()).containsExactlyInAnyOrderElementsOf(documentedFields);
        assertThat(json).containsEntry("title", "Balint groups")
                .containsEntry("description", "Online Balint groups")
                .containsEntry("oidc_initiation_url", "https://balint.example.org/lti/login")
                .containsEntry("target_link_uri", "https://balint.example.org/lti/launch")
                .containsEntry("public_jwk_url", "https://balint.example.org/lti/jwks");
        assertThat((List<Object>) json.get("scopes")).isSubsetOf((List<Object>) documented.get("scopes"))
                .containsExactlyInAnyOrder("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                        "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

        Map<String, Object> extension = canvasExtension(json);
        assertThat(canvasExtension(documented).keySet()).containsAll(extension.keySet());
        assertThat(extension).containsEntry("platform", "canvas.instructure.com")
                .containsEntry("privacy_level", "name_only")
                .containsEntry("domain", "balint.example.org")
                .containsEntry("tool_id", "balint-groups");
    }

    @Test
    @DisplayName("course navigation opens the tool; link and assignment selection ask for deep linking; Moodle's ContentArea is left out")
    void placements() {
        Map<String, Object> json = CanvasJsonConfiguration.of(tool(Map.of(), Optional.empty()), "balint-groups",
                List.of("course_navigation"));

        @SuppressWarnings("unchecked")
        Set<String> documentedPlacementFields = placements(documented).stream()
                .flatMap(p -> p.keySet().stream()).collect(java.util.stream.Collectors.toSet());
        for (Map<String, Object> placement : placements(json)) {
            assertThat(documentedPlacementFields).containsAll(placement.keySet());
            assertThat(placement).containsEntry("text", "Balint groups")
                    .containsEntry("target_link_uri", "https://balint.example.org/lti/launch");
        }
        assertThat(placements(json)).extracting(p -> p.get("placement") + " " + p.get("message_type")).containsExactly(
                "course_navigation LtiResourceLinkRequest",
                "assignment_selection LtiDeepLinkingRequest",
                "link_selection LtiDeepLinkingRequest");
    }

    @Test
    @DisplayName("custom fields and the icon appear only when the tool has them")
    void optionalFields() {
        Map<String, Object> json = CanvasJsonConfiguration.of(tool(Map.of("series", "$Context.id"),
                Optional.of(URI.create("https://balint.example.org/logo.png"))), "balint-groups", List.of());

        assertThat(json).containsEntry("custom_fields", Map.of("series", "$Context.id"));
        assertThat(Fixtures.object(canvasExtension(json), "settings")).containsEntry("icon_url",
                "https://balint.example.org/logo.png");
        assertThat(placements(json)).allSatisfy(p -> assertThat(p).containsEntry("icon_url",
                "https://balint.example.org/logo.png"));
    }
}
