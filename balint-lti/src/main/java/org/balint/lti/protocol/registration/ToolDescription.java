package org.balint.lti.protocol.registration;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the tool tells a platform about itself when it registers.
 *
 * @param clientName            the tool's name as administrators see it
 * @param initiateLoginUri      the OIDC login initiation URL
 * @param targetLinkUri         the launch URL (also the redirect URI)
 * @param deepLinkingUri        the launch URL for deep-linking requests, if not the same
 * @param jwksUri               the tool's public key set
 * @param logoUri               the tool's logo, if any
 * @param description           a sentence describing the tool, if any
 * @param customParameters      custom parameters every launch should carry
 * @param deepLinkingPlacements where instructors should find the tool's content picker; only those the
 *                              platform offers are sent (compared by their last path segment)
 * @param privacyLevel          what Canvas should share about people
 */
public record ToolDescription(String clientName, URI initiateLoginUri, URI targetLinkUri, Optional<URI> deepLinkingUri,
        URI jwksUri, Optional<URI> logoUri, Optional<String> description, Map<String, String> customParameters,
        List<String> deepLinkingPlacements, CanvasPrivacyLevel privacyLevel) {

    /** The claims the tool asks for: who the person is and their name, nothing more. */
    public static final List<String> CLAIMS = List.of("iss", "sub", "name", "given_name", "family_name", "email");

    /** The placements asked for by default: Moodle's activity chooser and Canvas's assignment and link pickers. */
    public static final List<String> DEFAULT_DEEP_LINKING_PLACEMENTS =
            List.of("ContentArea", "assignment_selection", "link_selection");

    /** Validates the arguments and copies the collections. */
    public ToolDescription {
        Objects.requireNonNull(clientName, "clientName");
        if (clientName.isBlank()) {
            throw new IllegalArgumentException("The tool needs a name");
        }
        requireWeb(initiateLoginUri, "initiateLoginUri");
        requireWeb(targetLinkUri, "targetLinkUri");
        Objects.requireNonNull(deepLinkingUri, "deepLinkingUri").ifPresent(u -> requireWeb(u, "deepLinkingUri"));
        requireWeb(jwksUri, "jwksUri");
        Objects.requireNonNull(logoUri, "logoUri").ifPresent(u -> requireWeb(u, "logoUri"));
        Objects.requireNonNull(description, "description");
        customParameters = Map.copyOf(Objects.requireNonNull(customParameters, "customParameters"));
        deepLinkingPlacements = List.copyOf(Objects.requireNonNull(deepLinkingPlacements, "deepLinkingPlacements"));
        Objects.requireNonNull(privacyLevel, "privacyLevel");
    }

    /** The URL deep-linking requests launch. */
    public URI deepLinkingTarget() {
        return deepLinkingUri.orElse(targetLinkUri);
    }

    private static void requireWeb(URI uri, String what) {
        Objects.requireNonNull(uri, what);
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException(what + " must be an absolute http(s) URL: " + uri);
        }
    }
}
