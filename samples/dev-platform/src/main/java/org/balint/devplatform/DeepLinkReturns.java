package org.balint.devplatform;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's side of a Deep Linking 2.0 response ({@code POST /deep-link-return} with the form
 * field {@code JWT}): verifies the tool's signature with its JWKS (RS256), {@code iss} = the tool's
 * client_id, {@code aud} = the platform's issuer, {@code exp}/{@code iat}, a fresh {@code nonce}, the
 * message type {@code LtiDeepLinkingResponse}, version 1.3.0, the tool's deployment id and the
 * {@code data} of a request this platform sent and that was not answered yet. It accepts one
 * {@code ltiResourceLink} content item (the request said {@code accept_multiple: false}) or none, and
 * places it in the course as a resource link with its custom parameters and, from {@code lineItem},
 * an AGS line item. Nothing is placed unless every check passes.
 */
final class DeepLinkReturns {

    private static final Duration SKEW = Duration.ofSeconds(60);
    private static final int MAX_ITEMS = 1;
    private static final int MAX_CUSTOM = 50;

    /** What the return did. */
    sealed interface Outcome {
        /** The links placed (maybe none) in the course, with the tool's message, if any. */
        record Placed(Course course, List<PlacedLink> links, Optional<String> message) implements Outcome {
        }

        /** Every reason the response was refused; nothing was placed. */
        record Refused(List<Violation> violations) implements Outcome {
        }
    }

    private final ToolClients clients;
    private final DeepLinkSessions sessions;
    private final Catalog catalog;
    private final Gradebook gradebook;
    private final URI issuer;
    private final Clock clock;

    DeepLinkReturns(ToolClients clients, DeepLinkSessions sessions, Catalog catalog, Gradebook gradebook, URI issuer,
            Clock clock) {
        this.clients = clients;
        this.sessions = sessions;
        this.catalog = catalog;
        this.gradebook = gradebook;
        this.issuer = issuer;
        this.clock = clock;
    }

    Outcome accept(Map<String, String> form) {
        Optional<String> compact = Optional.ofNullable(form.get("JWT")).filter(value -> !value.isBlank());
        if (compact.isEmpty()) {
            return refused("jwt-missing", "The form has no JWT field; post the signed deep-linking response as JWT.");
        }
        JWTClaimsSet claims;
        ToolClient client;
        try {
            SignedJWT jwt = ToolClients.parse(compact.get(), "deep-linking response");
            String iss = Optional.ofNullable(jwt.getJWTClaimsSet().getIssuer()).orElse("");
            client = clients.find(iss).orElseThrow(() -> new Refusal(400, "client-unknown",
                    "No tool is registered with client_id \"" + iss + "\"; put the tool's client_id in iss."));
            claims = clients.verifiedClaims(client, jwt, "deep-linking response");
        } catch (Refusal refusal) {
            return new Outcome.Refused(List.of(refusal.violation()));
        } catch (java.text.ParseException malformed) {
            return refused("jwt-malformed", "The deep-linking response's claims are not JSON.");
        }

        List<Violation> problems = new ArrayList<>();
        Instant now = clock.instant();
        if (claims.getAudience() == null || !claims.getAudience().contains(issuer.toString())) {
            problems.add(new Violation("audience-mismatch", "The aud must be the platform's issuer " + issuer + "."));
        }
        if (claims.getExpirationTime() == null || !now.minus(SKEW).isBefore(claims.getExpirationTime().toInstant())) {
            problems.add(new Violation("response-expired", "The response has no exp or has expired; sign it when "
                    + "the user confirms and let it live a few minutes."));
        }
        if (claims.getIssueTime() == null || claims.getIssueTime().toInstant().isAfter(now.plus(SKEW))) {
            problems.add(new Violation("issued-at-invalid", "The iat is missing or in the future; check the tool's clock."));
        }
        String nonce = stringClaim(claims, "nonce");
        if (nonce.isBlank()) {
            problems.add(new Violation("nonce-missing", "The response has no nonce; give every response a fresh one."));
        } else if (sessions.nonceUsed(client.clientId(), nonce)) {
            problems.add(new Violation("nonce-replayed", "This nonce was used by an earlier response; sign a new one."));
        }
        expect(claims, LtiVocabulary.MESSAGE_TYPE, LtiVocabulary.DEEP_LINKING_RESPONSE, "message-type-wrong", problems);
        expect(claims, LtiVocabulary.VERSION, LtiVocabulary.LTI_VERSION, "version-wrong", problems);
        expect(claims, LtiVocabulary.DEPLOYMENT_ID, client.deploymentId(), "deployment-id-mismatch", problems);

        String data = stringClaim(claims, LtiVocabulary.DL_DATA);
        Optional<DeepLinkSessions.Session> session = sessions.find(data);
        if (session.isEmpty() || !session.get().clientId().equals(client.clientId())) {
            problems.add(new Violation("data-unknown", "The data claim does not echo the data of a deep-linking "
                    + "request this platform sent to the tool; echo it unchanged."));
        } else if (session.get().answered()) {
            problems.add(new Violation("data-used", "This deep-linking request was already answered; start a new one."));
        } else if (!now.isBefore(session.get().expiresAt())) {
            problems.add(new Violation("data-expired", "The deep-linking request expired; start a new one."));
        }
        List<Map<String, Object>> items = contentItems(claims, problems);
        if (!problems.isEmpty()) {
            return new Outcome.Refused(problems);
        }

        Course course = catalog.course(session.orElseThrow().courseId()).orElseThrow();
        List<PlacedLink> links = new ArrayList<>();
        List<Violation> itemProblems = new ArrayList<>();
        List<Optional<LineItemSpec>> lineItems = new ArrayList<>();
        for (Map<String, Object> item : items) {
            links.add(link(course, item, itemProblems));
            lineItems.add(lineItem(item, itemProblems));
        }
        if (catalog.room() < links.size()) {
            itemProblems.add(new Violation("placement-full", "The platform holds " + Catalog.MAX_PLACED_LINKS
                    + " placed links already; restart it to start afresh."));
        }
        if (!itemProblems.isEmpty()) {
            return new Outcome.Refused(itemProblems);
        }
        if (!sessions.answer(data, client.clientId(), nonce, claims.getExpirationTime().toInstant())) {
            return refused("data-used", "This deep-linking request was answered at the same time; start a new one.");
        }
        List<PlacedLink> placed = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            PlacedLink link = links.get(i);
            Optional<String> lineItemId = Optional.empty();
            if (lineItems.get(i).isPresent()) {
                LineItemSpec spec = lineItems.get(i).get();
                lineItemId = gradebook.create(course.id(), spec.label(), spec.scoreMaximum(), spec.resourceId(),
                        spec.tag(), Optional.of(link.link().id())).map(Gradebook.LineItem::id);
            }
            placed.add(new PlacedLink(link.courseId(), link.link(), link.url(), lineItemId));
        }
        catalog.place(placed);
        return new Outcome.Placed(catalog.course(course.id()).orElseThrow(), placed,
                Optional.of(stringClaim(claims, LtiVocabulary.DL_MSG)).filter(text -> !text.isBlank()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> contentItems(JWTClaimsSet claims, List<Violation> problems) {
        Object value = claims.getClaim(LtiVocabulary.DL_CONTENT_ITEMS);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problems.add(new Violation("content-items-not-array", "The content_items claim must be an array."));
            return List.of();
        }
        if (list.size() > MAX_ITEMS) {
            problems.add(new Violation("multiple-items-not-accepted", "The request accepts one content item, not "
                    + list.size() + "; let the user choose one."));
            return List.of();
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map) || !"ltiResourceLink".equals(map.get("type"))) {
                problems.add(new Violation("content-item-type-not-accepted",
                        "The request accepts content items of type ltiResourceLink only."));
            } else {
                items.add((Map<String, Object>) map);
            }
        }
        return items;
    }

    private PlacedLink link(Course course, Map<String, Object> item, List<Violation> problems) {
        String title = text(item, "title", 255, problems).filter(value -> !value.isBlank()).orElse("Untitled activity");
        String description = text(item, "text", Fields.MAX_TEXT, problems).orElse("");
        Optional<URI> url = text(item, "url", 2_048, problems).flatMap(value -> launchUrl(value, problems));
        Map<String, String> custom = new LinkedHashMap<>();
        Object rawCustom = item.get("custom");
        if (rawCustom instanceof Map<?, ?> map && map.size() <= MAX_CUSTOM) {
            map.forEach((name, value) -> {
                if (value instanceof String text && name instanceof String key && !key.isBlank()
                        && text.length() <= Fields.MAX_TEXT) {
                    custom.put(key, text);
                } else {
                    problems.add(new Violation("custom-parameter-invalid", "Custom parameter values must be strings "
                            + "of at most " + Fields.MAX_TEXT + " characters with a name."));
                }
            });
        } else if (rawCustom != null) {
            problems.add(new Violation("custom-invalid", "The custom claim must be an object of at most " + MAX_CUSTOM
                    + " string values."));
        }
        return new PlacedLink(course.id(), new ResourceLink(catalog.nextLinkId(), title, description, custom), url,
                Optional.empty());
    }

    /** The line item a content item asks for. */
    private record LineItemSpec(String label, double scoreMaximum, String resourceId, String tag) {
    }

    /** The checked line item of a content item, when it asks for one. */
    private static Optional<LineItemSpec> lineItem(Map<String, Object> item, List<Violation> problems) {
        Object raw = item.get("lineItem");
        if (raw == null) {
            return Optional.empty();
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(new Violation("line-item-invalid", "The lineItem of a content item must be an object."));
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> spec = (Map<String, Object>) map;
        Object maximum = spec.get("scoreMaximum");
        if (!(maximum instanceof Number number) || !(number.doubleValue() > 0)) {
            problems.add(new Violation("line-item-score-maximum-invalid",
                    "The lineItem needs a scoreMaximum above zero."));
            return Optional.empty();
        }
        Object title = item.get("title");
        String label = text(spec, "label", 255, problems).filter(value -> !value.isBlank())
                .orElse(title instanceof String text && !text.isBlank() ? text : "Untitled activity");
        return Optional.of(new LineItemSpec(label, number.doubleValue(), text(spec, "resourceId", 256, problems)
                .orElse(""), text(spec, "tag", 256, problems).orElse("")));
    }

    private static Optional<URI> launchUrl(String value, List<Violation> problems) {
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && DevPlatformConfig.isLoopbackHost(uri.getHost())
                    && uri.getRawFragment() == null) {
                return Optional.of(uri);
            }
        } catch (java.net.URISyntaxException malformed) {
            // reported below
        }
        problems.add(new Violation("content-item-url-invalid", "The url of the content item must be an absolute "
                + "http(s) URL on this machine without fragment, or be left out."));
        return Optional.empty();
    }

    private static Optional<String> text(Map<String, Object> json, String name, int max, List<Violation> problems) {
        try {
            return Fields.text(json, name, max);
        } catch (Refusal refusal) {
            problems.add(refusal.violation());
            return Optional.empty();
        }
    }

    private static void expect(JWTClaimsSet claims, String name, String expected, String code,
            List<Violation> problems) {
        String actual = stringClaim(claims, name);
        if (!expected.equals(actual)) {
            problems.add(new Violation(code, "The claim " + name + " must be \"" + expected + "\", not \"" + actual
                    + "\"."));
        }
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text ? text : "";
    }

    private static Outcome refused(String code, String message) {
        return new Outcome.Refused(List.of(new Violation(code, message)));
    }
}
