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
 * NRPS 2.0 context membership ({@code GET /contexts/{course}/memberships}), answered in Moodle 4.5's
 * shape: the container with {@code id}, {@code context} and {@code members} (status, short context
 * roles, {@code user_id}, names and e-mail address). Pages with {@code limit} and
 * {@code Link: rel="next"}; every answer carries a {@code Link: rel="differences"} URL that lists what
 * changed after it (added and changed members, removed ones with status Deleted). An optional
 * {@code role} parameter keeps members holding that role. Needs a token with the
 * contextmembership.readonly scope. {@link Memberships#answerWith} makes it answer badly instead
 * (malformed, wrongly typed, an HTML page, a server error), for tests of a tool's refusals.
 */
final class MembershipService {

    private final Memberships memberships;
    private final Bearer bearer;
    private final PlatformUrls urls;

    MembershipService(Memberships memberships, Bearer bearer, PlatformUrls urls) {
        this.memberships = memberships;
        this.bearer = bearer;
        this.urls = urls;
    }

    void serve(HttpExchange exchange, Course course) throws IOException {
        JsonEndpoint.requireMethod(exchange, Set.of("GET", "HEAD"));
        bearer.require(exchange, Set.of(LtiVocabulary.SCOPE_MEMBERSHIP_READ_ONLY));
        MembershipFault fault = memberships.fault();
        if (fault != MembershipFault.NONE) {
            answerBadly(exchange, fault, course);
            return;
        }
        Map<String, String> query = JsonEndpoint.query(exchange);
        Optional<Long> since = Optional.ofNullable(query.get("since")).map(MembershipService::since);
        Optional<String> role = Optional.ofNullable(query.get("role")).filter(value -> !value.isBlank());
        Paging paging = Paging.of(query, Paging.MAX_LIMIT);
        long version = memberships.version();
        List<Memberships.Member> listed = memberships.listing(course.id(), since).stream()
                .filter(member -> role.isEmpty() || roles(member.person().role()).contains(role.get())
                        || member.person().role().ltiRoles().contains(role.get()))
                .toList();

        URI endpoint = urls.memberships(course.id());
        List<Object> members = new ArrayList<>();
        paging.page(listed).forEach(member -> members.add(json(member)));
        Map<String, Object> container = new LinkedHashMap<>();
        container.put("id", endpoint.toString());
        container.put("context", Map.of("id", course.id(), "label", course.label(), "title", course.title()));
        container.put("members", members);

        paging.next(endpoint, query, listed.size()).ifPresent(next ->
                exchange.getResponseHeaders().add("Link", "<" + next + ">; rel=\"next\""));
        Map<String, String> differencesQuery = new LinkedHashMap<>();
        role.ifPresent(value -> differencesQuery.put("role", value));
        differencesQuery.put("since", String.valueOf(version));
        exchange.getResponseHeaders().add("Link", "<" + Paging.withQuery(endpoint, differencesQuery)
                + ">; rel=\"differences\"");
        JsonEndpoint.sendJson(exchange, 200, LtiVocabulary.MEMBERSHIP_CONTAINER, container, Map.of());
    }

    private void answerBadly(HttpExchange exchange, MembershipFault fault, Course course) throws IOException {
        String context = "\"context\":{\"id\":\"" + course.id() + "\"}";
        switch (fault) {
            case MALFORMED:
                JsonEndpoint.sendText(exchange, 200, LtiVocabulary.MEMBERSHIP_CONTAINER,
                        "{" + context + ",\"members\":\"everyone\"}");
                return;
            case WRONGLY_TYPED:
                JsonEndpoint.sendText(exchange, 200, LtiVocabulary.MEMBERSHIP_CONTAINER,
                        "{" + context + ",\"members\":[{\"user_id\":\"1001\",\"roles\":7}]}");
                return;
            case HTML_PAGE:
                JsonEndpoint.sendText(exchange, 200, "text/html; charset=utf-8",
                        "<!doctype html><title>Log in</title><p>Please log in.</p>");
                return;
            default:
                JsonEndpoint.sendText(exchange, 500, "application/json", "{\"error\":\"server_error\"}");
        }
    }

    private static Map<String, Object> json(Memberships.Member member) {
        Person person = member.person();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", member.status().nrpsName());
        json.put("roles", roles(person.role()));
        json.put("user_id", person.id());
        json.put("lis_person_sourcedid", person.id());
        json.put("name", person.name());
        json.put("given_name", person.givenName());
        json.put("family_name", person.familyName());
        person.email().ifPresent(email -> json.put("email", email));
        return json;
    }

    /** Context roles in the short form Moodle sends, full URIs for sub-roles. */
    static List<String> roles(Role role) {
        switch (role) {
            case INSTRUCTOR:
                return List.of("Instructor");
            case TEACHING_ASSISTANT:
                return List.of(LtiVocabulary.MEMBERSHIP + "/Instructor#TeachingAssistant", "Instructor");
            case ADMINISTRATOR:
                return List.of("Administrator");
            default:
                return List.of("Learner");
        }
    }

    private static long since(String value) {
        try {
            long since = Long.parseLong(value);
            if (since < 0) {
                throw new NumberFormatException(value);
            }
            return since;
        } catch (NumberFormatException malformed) {
            throw new Refusal(400, "since-malformed", "The since parameter is not one this platform issued; "
                    + "follow the differences link of an earlier answer unchanged.");
        }
    }
}
