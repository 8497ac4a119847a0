package org.balint.devplatform;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * AGS 2.0 line items and results of a course: the container
 * ({@code GET /contexts/{course}/lineitems} with the {@code resource_link_id}, {@code tag} and
 * {@code resource_id} filters and {@code limit} paging; {@code POST} to create), a line item
 * ({@code GET}, {@code PUT}, {@code DELETE} at {@code …/lineitems/{id}/lineitem}) and its results
 * ({@code GET …/lineitem/results}, optionally for one {@code user_id}), in Moodle 4.5's shape. Reading
 * needs the lineitem or lineitem.readonly scope, changing the lineitem scope, results the
 * result.readonly scope.
 */
final class LineItemService {

    private static final Set<String> READ_SCOPES =
            Set.of(LtiVocabulary.SCOPE_LINE_ITEM, LtiVocabulary.SCOPE_LINE_ITEM_READ_ONLY);
    private static final Set<String> WRITE_SCOPES = Set.of(LtiVocabulary.SCOPE_LINE_ITEM);
    private static final Set<String> LINE_ITEM_TYPES = Set.of(LtiVocabulary.LINE_ITEM, JsonEndpoint.JSON);
    private static final int MAX_ID = 256;

    private final Gradebook gradebook;
    private final Catalog catalog;
    private final Bearer bearer;
    private final PlatformUrls urls;

    LineItemService(Gradebook gradebook, Catalog catalog, Bearer bearer, PlatformUrls urls) {
        this.gradebook = gradebook;
        this.catalog = catalog;
        this.bearer = bearer;
        this.urls = urls;
    }

    void container(HttpExchange exchange, Course course) throws IOException {
        JsonEndpoint.requireMethod(exchange, Set.of("GET", "HEAD", "POST"));
        if ("POST".equalsIgnoreCase(exchange.getRequestMethod())) {
            bearer.require(exchange, WRITE_SCOPES);
            Map<String, Object> json = JsonEndpoint.jsonBody(exchange, LINE_ITEM_TYPES);
            Details details = details(json, course, Optional.empty());
            Gradebook.LineItem created = gradebook.create(course.id(), details.label(), details.scoreMaximum(),
                    details.resourceId(), details.tag(), details.resourceLinkId()).orElseThrow(() -> new Refusal(507,
                    "line-items-full", "The platform holds " + Gradebook.MAX_LINE_ITEMS + " line items already; "
                            + "delete some or restart it."));
            URI location = urls.lineItem(course.id(), created.id());
            JsonEndpoint.sendJson(exchange, 201, LtiVocabulary.LINE_ITEM, json(created), Map.of("Location",
                    location.toString()));
            return;
        }
        bearer.require(exchange, READ_SCOPES);
        Map<String, String> query = JsonEndpoint.query(exchange);
        Optional<String> resourceLinkId = Optional.ofNullable(query.get("resource_link_id"));
        Optional<String> tag = Optional.ofNullable(query.get("tag"));
        Optional<String> resourceId = Optional.ofNullable(query.get("resource_id"));
        List<Gradebook.LineItem> matching = gradebook.lineItems(course.id()).stream()
                .filter(item -> resourceLinkId.isEmpty() || item.resourceLinkId().equals(resourceLinkId))
                .filter(item -> tag.isEmpty() || item.tag().equals(tag.get()))
                .filter(item -> resourceId.isEmpty() || item.resourceId().equals(resourceId.get()))
                .toList();
        Paging paging = Paging.of(query, Paging.MAX_LIMIT);
        List<Object> items = new ArrayList<>();
        paging.page(matching).forEach(item -> items.add(json(item)));
        paging.next(urls.lineItems(course.id()), query, matching.size()).ifPresent(next ->
                exchange.getResponseHeaders().add("Link", "<" + next + ">; rel=\"next\""));
        JsonEndpoint.sendJson(exchange, 200, LtiVocabulary.LINE_ITEM_CONTAINER, items, Map.of());
    }

    void lineItem(HttpExchange exchange, Course course, Gradebook.LineItem item) throws IOException {
        JsonEndpoint.requireMethod(exchange, Set.of("GET", "HEAD", "PUT", "DELETE"));
        String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
        if ("GET".equals(method) || "HEAD".equals(method)) {
            bearer.require(exchange, READ_SCOPES);
            JsonEndpoint.sendJson(exchange, 200, LtiVocabulary.LINE_ITEM, json(item), Map.of());
            return;
        }
        bearer.require(exchange, WRITE_SCOPES);
        if ("DELETE".equals(method)) {
            gradebook.delete(item.id());
            JsonEndpoint.sendEmpty(exchange, 204, Map.of());
            return;
        }
        Map<String, Object> json = JsonEndpoint.jsonBody(exchange, LINE_ITEM_TYPES);
        Optional<String> id = Fields.text(json, "id", 2_048);
        String url = urls.lineItem(course.id(), item.id()).toString();
        if (id.isPresent() && !id.get().equals(url)) {
            throw new Refusal(400, "line-item-id-mismatch", "The id in the body must be this line item's URL " + url
                    + ", or be left out.");
        }
        Details details = details(json, course, item.resourceLinkId());
        Gradebook.LineItem updated = new Gradebook.LineItem(item.id(), item.courseId(), details.label(),
                details.scoreMaximum(), details.resourceId(), details.tag(), details.resourceLinkId());
        if (!gradebook.update(updated)) {
            throw new Refusal(404, "line-item-unknown", "The line item was deleted meanwhile.");
        }
        JsonEndpoint.sendJson(exchange, 200, LtiVocabulary.LINE_ITEM, json(updated), Map.of());
    }

    void results(HttpExchange exchange, Course course, Gradebook.LineItem item) throws IOException {
        JsonEndpoint.requireMethod(exchange, Set.of("GET", "HEAD"));
        bearer.require(exchange, Set.of(LtiVocabulary.SCOPE_RESULT_READ_ONLY));
        Map<String, String> query = JsonEndpoint.query(exchange);
        Optional<String> userId = Optional.ofNullable(query.get("user_id"));
        String itemUrl = urls.lineItem(course.id(), item.id()).toString();
        URI resultsUrl = URI.create(itemUrl + "/results");
        List<Map<String, Object>> results = new ArrayList<>();
        gradebook.results(item.id()).forEach((user, score) -> {
            if (userId.isEmpty() || userId.get().equals(user)) {
                score.scoreGiven().ifPresent(given -> {
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("id", Paging.withQuery(resultsUrl, Map.of("user_id", user)).toString());
                    result.put("scoreOf", itemUrl);
                    result.put("userId", user);
                    result.put("resultScore", Fields.plain(given));
                    result.put("resultMaximum", Fields.plain(score.scoreMaximum().orElse(item.scoreMaximum())));
                    score.comment().ifPresent(comment -> result.put("comment", comment));
                    result.put("timestamp", score.timestamp().toString());
                    results.add(result);
                });
            }
        });
        Paging paging = Paging.of(query, Paging.MAX_LIMIT);
        paging.next(resultsUrl, query, results.size()).ifPresent(next ->
                exchange.getResponseHeaders().add("Link", "<" + next + ">; rel=\"next\""));
        JsonEndpoint.sendJson(exchange, 200, LtiVocabulary.RESULT_CONTAINER, new ArrayList<Object>(paging.page(results)),
                Map.of());
    }

    Map<String, Object> json(Gradebook.LineItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", urls.lineItem(item.courseId(), item.id()).toString());
        json.put("label", item.label());
        json.put("scoreMaximum", Fields.plain(item.scoreMaximum()));
        json.put("resourceId", item.resourceId());
        json.put("tag", item.tag());
        item.resourceLinkId().ifPresent(link -> json.put("resourceLinkId", link));
        return json;
    }

    private record Details(String label, double scoreMaximum, String resourceId, String tag,
            Optional<String> resourceLinkId) {
    }

    /** The line item fields of a POST or PUT body, checked. */
    private Details details(Map<String, Object> json, Course course, Optional<String> currentLink) {
        String label = Fields.requiredText(json, "label", 255);
        double scoreMaximum = Fields.number(json, "scoreMaximum").orElseThrow(() -> new Refusal(400,
                "field-missing", "The field scoreMaximum is required; send the maximum score as a number."));
        if (!(scoreMaximum > 0)) {
            throw new Refusal(400, "score-maximum-not-positive", "The scoreMaximum must be above zero.");
        }
        String resourceId = Fields.text(json, "resourceId", MAX_ID).orElse("");
        String tag = Fields.text(json, "tag", MAX_ID).orElse("");
        Optional<String> link = Fields.text(json, "resourceLinkId", MAX_ID).filter(id -> !id.isEmpty())
                .or(() -> currentLink);
        if (link.isPresent() && catalog.course(course.id()).flatMap(c -> c.resourceLink(link.get())).isEmpty()) {
            throw new Refusal(400, "resource-link-unknown", "The course has no resource link \"" + link.get()
                    + "\"; leave resourceLinkId out or name a link of this course.");
        }
        return new Details(label, scoreMaximum, resourceId, tag, link);
    }
}
