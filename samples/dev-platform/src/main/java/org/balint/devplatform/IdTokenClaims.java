package org.balint.devplatform;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The claims of the id_token for a redeemed launch (LTI 1.3 core section 5, Deep Linking 2.0 section
 * 4.4, AGS 2.0 section 3.1, NRPS 2.0 section 3.6.1), in the shape Moodle sends them: a single-string
 * {@code aud}, full role URIs, and names and e-mail only when the launch shares them.
 */
final class IdTokenClaims {

    /** The custom-parameter substitution variables the platform fills in. */
    static final List<String> VARIABLES = List.of("User.id", "Person.name.full", "Person.name.given",
            "Person.name.family", "Person.email.primary", "Membership.role", "Context.id", "Context.label",
            "Context.title", "ResourceLink.id", "ResourceLink.title", "ResourceLink.description");

    static final String PRODUCT_FAMILY_CODE = "balint-dev-platform";
    static final String PLATFORM_NAME = "Balint dev platform";

    private IdTokenClaims() {
    }

    static JWTClaimsSet of(PendingLaunch launch, String nonce, URI issuer, DevPlatformConfig config,
            PlatformUrls urls, String platformVersion, Instant now) {
        LaunchRequest request = launch.request();
        Person person = launch.person();
        Course course = launch.course();
        boolean deepLinking = request.message() == LaunchRequest.Message.DEEP_LINKING;

        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer.toString())
                .subject(person.id())
                .audience(launch.client().clientId())
                .claim("azp", launch.client().clientId())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(config.idTokenLifetime())))
                .claim("nonce", nonce)
                .claim(LtiVocabulary.MESSAGE_TYPE,
                        deepLinking ? LtiVocabulary.DEEP_LINKING_REQUEST : LtiVocabulary.RESOURCE_LINK_REQUEST)
                .claim(LtiVocabulary.VERSION, LtiVocabulary.LTI_VERSION)
                .claim(LtiVocabulary.DEPLOYMENT_ID, launch.client().deploymentId())
                .claim(LtiVocabulary.TARGET_LINK_URI, launch.targetLinkUri().toString())
                .claim(LtiVocabulary.ROLES, person.role().ltiRoles())
                .claim(LtiVocabulary.CONTEXT, object(
                        "id", course.id(),
                        "label", course.label(),
                        "title", course.title(),
                        "type", List.of(LtiVocabulary.COURSE_OFFERING)));
        launch.resourceLink().ifPresent(link ->
                claims.claim(LtiVocabulary.RESOURCE_LINK, object(
                        "id", link.id(),
                        "title", link.title(),
                        "description", link.description())));
        if (request.shareName()) {
            claims.claim("name", person.name())
                    .claim("given_name", person.givenName())
                    .claim("family_name", person.familyName());
        }
        if (request.shareEmail()) {
            person.email().ifPresent(email -> claims.claim("email", email));
        }
        claims.claim(LtiVocabulary.LAUNCH_PRESENTATION, object(
                        "document_target", request.target().name().toLowerCase(Locale.ROOT),
                        "return_url", urls.returnTo(course.id(), launch.resourceLink().map(ResourceLink::id)).toString(),
                        "locale", "en"))
                .claim(LtiVocabulary.TOOL_PLATFORM, object(
                        "guid", UUID.nameUUIDFromBytes(issuer.toString().getBytes(StandardCharsets.UTF_8)).toString(),
                        "name", PLATFORM_NAME,
                        "product_family_code", PRODUCT_FAMILY_CODE,
                        "version", platformVersion))
                .claim(LtiVocabulary.CUSTOM, custom(launch, config))
                .claim(LtiVocabulary.LIS, object(
                        "person_sourcedid", person.id(),
                        "course_offering_sourcedid", course.label()))
                .claim(LtiVocabulary.AGS_ENDPOINT, agsEndpoint(launch, urls))
                .claim(LtiVocabulary.NRPS, object(
                        "context_memberships_url", urls.memberships(course.id()).toString(),
                        "service_versions", List.of("2.0")));
        if (deepLinking) {
            claims.claim(LtiVocabulary.DEEP_LINKING_SETTINGS, object(
                    "deep_link_return_url", urls.deepLinkingReturn().toString(),
                    "accept_types", List.of("ltiResourceLink"),
                    "accept_presentation_document_targets", List.of("iframe", "window"),
                    "accept_multiple", Boolean.FALSE,
                    "accept_lineitem", Boolean.TRUE,
                    "auto_create", Boolean.TRUE,
                    "text", "Choose what to place in " + course.title() + ".",
                    "data", launch.deepLinkingData()));
        }
        return claims.build();
    }

    /** The AGS endpoint claim: scopes, the course's line items, and the link's own line item when it has one. */
    private static Map<String, Object> agsEndpoint(PendingLaunch launch, PlatformUrls urls) {
        Map<String, Object> endpoint = object(
                "scope", LtiVocabulary.AGS_SCOPES,
                "lineitems", urls.lineItems(launch.course().id()).toString());
        launch.lineItem().ifPresent(lineItem -> endpoint.put("lineitem", lineItem.toString()));
        return endpoint;
    }

    /** Tool-wide custom parameters overlaid with the link's, with substitution variables filled in. */
    private static Map<String, Object> custom(PendingLaunch launch, DevPlatformConfig config) {
        Map<String, String> merged = new LinkedHashMap<>(config.custom());
        launch.resourceLink().ifPresent(link -> merged.putAll(link.custom()));
        Map<String, Object> substituted = new LinkedHashMap<>();
        merged.forEach((name, value) -> substituted.put(name, substitute(value, launch)));
        return substituted;
    }

    /**
     * The value of a substitution variable when the whole value names one the platform knows and may
     * share; otherwise the value unchanged, as LTI 1.3 asks of platforms.
     */
    private static String substitute(String value, PendingLaunch launch) {
        if (!value.startsWith("$")) {
            return value;
        }
        Person person = launch.person();
        LaunchRequest request = launch.request();
        Optional<ResourceLink> link = launch.resourceLink();
        Optional<String> resolved;
        switch (value.substring(1)) {
            case "User.id":
                resolved = Optional.of(person.id());
                break;
            case "Person.name.full":
                resolved = Optional.of(person.name()).filter(name -> request.shareName());
                break;
            case "Person.name.given":
                resolved = Optional.of(person.givenName()).filter(name -> request.shareName());
                break;
            case "Person.name.family":
                resolved = Optional.of(person.familyName()).filter(name -> request.shareName());
                break;
            case "Person.email.primary":
                resolved = person.email().filter(email -> request.shareEmail());
                break;
            case "Membership.role":
                resolved = Optional.of(String.join(",", person.role().ltiRoles()));
                break;
            case "Context.id":
                resolved = Optional.of(launch.course().id());
                break;
            case "Context.label":
                resolved = Optional.of(launch.course().label());
                break;
            case "Context.title":
                resolved = Optional.of(launch.course().title());
                break;
            case "ResourceLink.id":
                resolved = link.map(ResourceLink::id);
                break;
            case "ResourceLink.title":
                resolved = link.map(ResourceLink::title);
                break;
            case "ResourceLink.description":
                resolved = link.map(ResourceLink::description);
                break;
            default:
                resolved = Optional.empty();
        }
        return resolved.orElse(value);
    }

    /** A JSON object from name-value pairs, in the given order. */
    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }
}
