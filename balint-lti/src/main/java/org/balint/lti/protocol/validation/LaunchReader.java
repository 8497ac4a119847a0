package org.balint.lti.protocol.validation;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.balint.lti.protocol.message.DeepLinkingRequest;
import org.balint.lti.protocol.message.DeepLinkingSettings;
import org.balint.lti.protocol.message.GradeService;
import org.balint.lti.protocol.message.LaunchDetails;
import org.balint.lti.protocol.message.LaunchPresentation;
import org.balint.lti.protocol.message.LtiClaims;
import org.balint.lti.protocol.message.LtiContext;
import org.balint.lti.protocol.message.LtiLaunch;
import org.balint.lti.protocol.message.LtiMessageType;
import org.balint.lti.protocol.message.LtiRoles;
import org.balint.lti.protocol.message.LtiUser;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.protocol.message.PlatformInstance;
import org.balint.lti.protocol.message.ResourceLink;
import org.balint.lti.protocol.message.ResourceLinkLaunch;
import org.balint.lti.protocol.message.RosterService;

/**
 * Step 9: reads verified claims into the typed launch. A claim of the wrong shape (roles that are not
 * a list of strings, a context without an id, a service URL that is not a URL) refuses the launch
 * with {@code claim-invalid} naming the claim. One reader per launch; not shared. Once a problem is
 * recorded, reading continues with stand-in values only to reach the end; that launch is discarded,
 * never returned.
 */
final class LaunchReader {

    private final JWTClaimsSet claims;
    private Optional<LaunchRejection> problem = Optional.empty();

    private LaunchReader(JWTClaimsSet claims) {
        this.claims = claims;
    }

    static Checked<LtiLaunch> read(JWTClaimsSet claims, String issuer, String clientId) {
        return new LaunchReader(claims).launch(issuer, clientId);
    }

    private Checked<LtiLaunch> launch(String issuer, String clientId) {
        LtiMessageType type = LtiMessageType.fromClaim(String.valueOf(claims.getClaim(LtiClaims.MESSAGE_TYPE)))
                .orElseThrow(() -> new IllegalStateException("message type was checked before"));
        PlatformDeployment deployment = new PlatformDeployment(issuer, clientId,
                (String) claims.getClaim(LtiClaims.DEPLOYMENT_ID));
        URI target = url(LtiClaims.TARGET_LINK_URI, claims.getClaim(LtiClaims.TARGET_LINK_URI)).orElse(URI.create("about:blank"));
        LaunchDetails details = new LaunchDetails(deployment, target, user(), roles(), context(), platformInstance(),
                presentation(), custom(), gradeService(), rosterService(), claims.getIssueTime().toInstant());
        LtiLaunch launch = type == LtiMessageType.RESOURCE_LINK
                ? resourceLinkLaunch(details)
                : deepLinkingRequest(details);
        if (problem.isPresent()) {
            return Checked.failed(problem.get());
        }
        return Checked.passed(launch);
    }

    private LtiLaunch resourceLinkLaunch(LaunchDetails details) {
        Map<String, Object> link = object(LtiClaims.RESOURCE_LINK).orElse(Map.of());
        String id = text(LtiClaims.RESOURCE_LINK + ".id", link.get("id")).orElse("unknown");
        return new ResourceLinkLaunch(details, new ResourceLink(id,
                text(LtiClaims.RESOURCE_LINK + ".title", link.get("title")),
                text(LtiClaims.RESOURCE_LINK + ".description", link.get("description"))));
    }

    private LtiLaunch deepLinkingRequest(LaunchDetails details) {
        String name = LtiClaims.DEEP_LINKING_SETTINGS;
        Map<String, Object> settings = object(name).orElse(Map.of());
        Optional<URI> returnUrl = url(name + ".deep_link_return_url", settings.get("deep_link_return_url"));
        if (returnUrl.isEmpty()) {
            invalid(name + ".deep_link_return_url", "is required");
        }
        List<String> acceptTypes = strings(name + ".accept_types", settings.get("accept_types"));
        List<String> targets = strings(name + ".accept_presentation_document_targets",
                settings.get("accept_presentation_document_targets"));
        if (settings.get("accept_types") == null) {
            invalid(name + ".accept_types", "is required");
        }
        if (settings.get("accept_presentation_document_targets") == null) {
            invalid(name + ".accept_presentation_document_targets", "is required");
        }
        return new DeepLinkingRequest(details, new DeepLinkingSettings(
                returnUrl.orElse(URI.create("about:blank")), acceptTypes, targets,
                text(name + ".accept_media_types", settings.get("accept_media_types")),
                bool(name + ".accept_multiple", settings.get("accept_multiple")),
                bool(name + ".auto_create", settings.get("auto_create")),
                text(name + ".title", settings.get("title")),
                text(name + ".text", settings.get("text")),
                text(name + ".data", settings.get("data"))));
    }

    private Optional<LtiUser> user() {
        Optional<String> subject = text(LtiClaims.SUBJECT, claims.getClaim(LtiClaims.SUBJECT));
        Optional<String> name = claimText(LtiClaims.NAME);
        Optional<String> givenName = claimText(LtiClaims.GIVEN_NAME);
        Optional<String> familyName = claimText(LtiClaims.FAMILY_NAME);
        Optional<String> email = claimText(LtiClaims.EMAIL);
        Optional<String> picture = claimText(LtiClaims.PICTURE);
        Optional<String> locale = claimText(LtiClaims.LOCALE);
        return subject.map(s -> new LtiUser(s, name, givenName, familyName, email, picture, locale));
    }

    private LtiRoles roles() {
        return LtiRoles.parse(strings(LtiClaims.ROLES, claims.getClaim(LtiClaims.ROLES)));
    }

    private Optional<LtiContext> context() {
        String name = LtiClaims.CONTEXT;
        return object(name).flatMap(context -> {
            Optional<String> id = text(name + ".id", context.get("id"));
            if (id.isEmpty()) {
                invalid(name + ".id", "is required when a context is sent");
                return Optional.empty();
            }
            return Optional.of(new LtiContext(id.get(), text(name + ".label", context.get("label")),
                    text(name + ".title", context.get("title")), strings(name + ".type", context.get("type"))));
        });
    }

    private Optional<PlatformInstance> platformInstance() {
        String name = LtiClaims.TOOL_PLATFORM;
        return object(name).flatMap(platform -> text(name + ".guid", platform.get("guid"))
                .map(guid -> new PlatformInstance(guid,
                        text(name + ".product_family_code", platform.get("product_family_code")),
                        text(name + ".name", platform.get("name")),
                        text(name + ".version", platform.get("version")))));
    }

    private Optional<LaunchPresentation> presentation() {
        String name = LtiClaims.LAUNCH_PRESENTATION;
        return object(name).map(p -> new LaunchPresentation(
                text(name + ".document_target", p.get("document_target")),
                url(name + ".return_url", p.get("return_url")),
                text(name + ".locale", p.get("locale")),
                integer(name + ".width", p.get("width")),
                integer(name + ".height", p.get("height"))));
    }

    private Map<String, String> custom() {
        Map<String, String> custom = new LinkedHashMap<>();
        object(LtiClaims.CUSTOM).ifPresent(map -> map.forEach((key, value) -> {
            if (value != null) {
                custom.put(key, value instanceof String ? (String) value : String.valueOf(value));
            }
        }));
        return custom;
    }

    private Optional<GradeService> gradeService() {
        String name = LtiClaims.AGS_ENDPOINT;
        return object(name).map(ags -> new GradeService(
                url(name + ".lineitems", ags.get("lineitems")),
                url(name + ".lineitem", ags.get("lineitem")),
                new LinkedHashSet<>(strings(name + ".scope", ags.get("scope")))));
    }

    private Optional<RosterService> rosterService() {
        String name = LtiClaims.NRPS;
        return object(name).flatMap(nrps -> {
            Optional<URI> url = url(name + ".context_memberships_url", nrps.get("context_memberships_url"));
            if (url.isEmpty()) {
                invalid(name + ".context_memberships_url", "is required when the service is offered");
            }
            List<String> versions = strings(name + ".service_versions", nrps.get("service_versions"));
            return url.map(u -> new RosterService(u, versions));
        });
    }

    private Optional<String> claimText(String name) {
        return text(name, claims.getClaim(name));
    }

    private Optional<Map<String, Object>> object(String name) {
        Object value = claims.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map)) {
            invalid(name, "must be a JSON object");
            return Optional.empty();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((k, v) -> copy.put(String.valueOf(k), v));
        return Optional.of(copy);
    }

    private Optional<String> text(String name, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String)) {
            invalid(name, "must be a string");
            return Optional.empty();
        }
        String text = (String) value;
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private List<String> strings(String name, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            invalid(name, "must be an array of strings");
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Object item : (List<?>) value) {
            if (!(item instanceof String)) {
                invalid(name, "must be an array of strings");
                return List.of();
            }
            result.add((String) item);
        }
        return result;
    }

    private boolean bool(String name, Object value) {
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean)) {
            invalid(name, "must be true or false");
            return false;
        }
        return (Boolean) value;
    }

    private OptionalInt integer(String name, Object value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        if (!(value instanceof Number) || ((Number) value).doubleValue() < 0
                || ((Number) value).doubleValue() > Integer.MAX_VALUE) {
            invalid(name, "must be a non-negative number");
            return OptionalInt.empty();
        }
        return OptionalInt.of(((Number) value).intValue());
    }

    private Optional<URI> url(String name, Object value) {
        Optional<String> text = text(name, value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.get());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme();
            if (uri.isAbsolute() && uri.getHost() != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        invalid(name, "must be an absolute http(s) URL");
        return Optional.empty();
    }

    private void invalid(String name, String what) {
        if (problem.isEmpty()) {
            problem = Optional.of(new LaunchRejection(LaunchRejection.Reason.CLAIM_INVALID,
                    "The launch's claim '" + name + "' " + what + ". Tell the platform's administrator."));
        }
    }
}
