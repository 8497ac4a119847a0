package org.balint.lti.protocol.services.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.support.Fixtures;
import org.balint.lti.protocol.support.HttpCaptures;
import org.balint.lti.protocol.support.StaticTokens;
import org.balint.lti.protocol.support.StubHttpServer;
import org.balint.lti.protocol.support.StubHttpServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RosterClientTest {

    private static final String NRPS = RosterClient.MEDIA_TYPE;
    private static final String MOODLE_PATH = "/mod/lti/services.php/CourseSection/2/bindings/1/memberships";

    private final StubHttpServer server = StubHttpServer.start();
    private final StaticTokens tokens = new StaticTokens();

    @AfterEach
    void stop() {
        server.close();
    }

    private PlatformRegistration platform() {
        return new PlatformRegistration(server.origin(), "2ABqdqmSjYFK1oP", server.url("/auth"), server.url("/token"),
                server.url("/certs"), Set.of("1"));
    }

    private RosterClient client(RosterLimits limits) {
        return new RosterClient(new ServiceHttp(HttpClient.newHttpClient(), Duration.ofSeconds(2), 64 * 1024), tokens, limits);
    }

    private RosterClient client() {
        return client(RosterLimits.defaults());
    }

    private static String member(String userId, String status) {
        return "{\"user_id\":\"" + userId + "\",\"roles\":[\"Learner\"],\"status\":\"" + status + "\"}";
    }

    private static String container(String... members) {
        return "{\"id\":\"x\",\"context\":{\"id\":\"2\"},\"members\":[" + String.join(",", members) + "]}";
    }

    @Test
    void reads_moodles_captured_membership() {
        String body = (String) Fixtures.json("moodle-4.5/09-nrps-memberships.json").get("body");
        server.on("GET", MOODLE_PATH, Reply.of(200, NRPS, body.replace("http:\\/\\/127.0.0.1:8800", server.origin())));

        Roster roster = client().members(platform(), server.url(MOODLE_PATH));

        assertThat(roster.context()).contains(new RosterContext("2", Optional.of("LTI101"), Optional.of("LTI Lab Course")));
        assertThat(roster.members()).extracting(Member::userId).containsExactly("3", "4", "5");
        Member teacher = roster.members().get(0);
        assertThat(teacher.roles()).containsExactly("Instructor");
        assertThat(teacher.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(teacher.name()).contains("Tea Cher");
        assertThat(teacher.givenName()).contains("Tea");
        assertThat(teacher.familyName()).contains("Cher");
        assertThat(teacher.email()).contains("teacher1@example.com");
        assertThat(roster.differences()).isEmpty();
        assertThat(roster.pages()).isEqualTo(1);
        StubHttpServer.Recorded request = server.requests().get(0);
        assertThat(request.header("Accept")).contains(NRPS);
        assertThat(request.header("Authorization")).contains("Bearer token-1");
        assertThat(tokens.asked()).containsOnly(Set.of(RosterClient.SCOPE));
    }

    @Test
    void follows_canvass_next_pages() {
        String canvas = "https://example.instructure.com";
        server.on("GET", "/api/lti/courses/5/names_and_roles", request ->
                request.uri().getQuery().contains("page=2")
                        ? HttpCaptures.response("canvas/14-nrps-memberships-page2.http.txt", canvas, server.origin())
                        : HttpCaptures.response("canvas/14-nrps-memberships-page1.http.txt", canvas, server.origin()));

        Roster roster = client().members(platform(), server.url("/api/lti/courses/5/names_and_roles?limit=2"));

        assertThat(roster.pages()).isEqualTo(2);
        assertThat(roster.members()).extracting(Member::userId).containsExactly("c4e9f2a1-8b6d-4e3a-a5f7-2d9c1b0e6f38",
                "7f1c5a9e-3b2d-4c8f-9e6a-1d4b8c2f0a57", "0b8e6d4c-2a1f-4e9d-8c7b-6a5f4e3d2c1b");
        assertThat(roster.members().get(0).roles())
                .containsExactly("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");
        assertThat(roster.context()).map(RosterContext::id).contains("4dde05e8ca1973bcca9bffc13e1548820eee93a3");
    }

    @Test
    void offers_the_differences_link_and_reads_who_left() {
        server.on("GET", "/members", Reply.of(200, NRPS, container(member("1", "Active"), member("2", "Active")))
                .with("Link", "<" + server.url("/members?since=42") + ">; rel=\"differences\""));
        RosterClient client = client();

        Roster roster = client.members(platform(), server.url("/members"));
        assertThat(roster.differences()).contains(server.url("/members?since=42"));

        server.on("GET", "/members", Reply.of(200, NRPS, container(member("2", "Deleted"), member("3", "Inactive"))));
        Roster changes = client.differences(platform(), roster.differences().orElseThrow());

        Map<String, MemberStatus> statuses = changes.members().stream()
                .collect(Collectors.toMap(Member::userId, Member::status));
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of("2", MemberStatus.DELETED, "3", MemberStatus.INACTIVE));
    }

    @Test
    void keeps_no_names_the_platform_did_not_send() {
        server.on("GET", "/members", Reply.of(200, NRPS, "{\"members\":[{\"user_id\":\"7\",\"roles\":[]}]}"));

        Member member = client().members(platform(), server.url("/members")).members().get(0);

        assertThat(member.name()).isEmpty();
        assertThat(member.email()).isEmpty();
        assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void refuses_malformed_and_wrongly_typed_memberships() {
        for (String body : List.of("not json", "[]", "{}", "{\"members\":{}}", "{\"members\":[\"7\"]}",
                "{\"members\":[{\"roles\":[\"Learner\"]}]}", "{\"members\":[{\"user_id\":7,\"roles\":[]}]}",
                "{\"members\":[{\"user_id\":\"7\"}]}", "{\"members\":[{\"user_id\":\"7\",\"roles\":\"Learner\"}]}",
                "{\"members\":[{\"user_id\":\"7\",\"roles\":[1]}]}",
                "{\"members\":[{\"user_id\":\"7\",\"roles\":[],\"status\":\"Sleeping\"}]}",
                "{\"members\":[{\"user_id\":\"7\",\"roles\":[],\"email\":false}]}",
                "{\"context\":{\"label\":\"no id\"},\"members\":[]}")) {
            server.on("GET", "/members", Reply.of(200, NRPS, body));

            assertThatThrownBy(() -> client().members(platform(), server.url("/members")))
                    .as(body)
                    .isInstanceOfSatisfying(RosterFetchFailed.class,
                            failure -> assertThat(failure.code()).isEqualTo("roster-response-malformed"));
        }
    }

    @Test
    void a_bad_second_page_refuses_the_whole_roster() {
        server.on("GET", "/members", request -> request.uri().getQuery() == null
                ? Reply.of(200, NRPS, container(member("1", "Active"))).with("Link", "</members?page=2>; rel=\"next\"")
                : Reply.of(200, NRPS, "{\"members\":[{\"user_id\":\"2\"}]}"));

        assertThatThrownBy(() -> client().members(platform(), server.url("/members")))
                .isInstanceOfSatisfying(RosterFetchFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("roster-response-malformed"));
    }

    @Test
    void refuses_an_answer_that_is_not_json() {
        server.on("GET", "/members", Reply.of(200, "text/html", "<html>login</html>"));

        assertThatThrownBy(() -> client().members(platform(), server.url("/members")))
                .isInstanceOfSatisfying(RosterFetchFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("roster-response-wrong-type"));
    }

    @Test
    void refuses_a_page_larger_than_the_limit() {
        String members = IntStream.range(0, 2000).mapToObj(i -> member("user-" + i, "Active")).collect(Collectors.joining(","));
        server.on("GET", "/members", Reply.of(200, NRPS, container(members)));

        assertThatThrownBy(() -> client().members(platform(), server.url("/members")))
                .isInstanceOfSatisfying(RosterFetchFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("roster-response-too-large"));
    }

    @Test
    void refuses_more_members_than_the_limit() {
        server.on("GET", "/members", Reply.of(200, NRPS, container(member("1", "Active"), member("2", "Active"), member("3", "Active"))));

        assertThatThrownBy(() -> client(new RosterLimits(10, 2)).members(platform(), server.url("/members")))
                .isInstanceOfSatisfying(RosterFetchFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("roster-too-many-members"));
    }

    @Test
    void refuses_more_pages_than_the_limit() {
        server.on("GET", "/members", request -> {
            int page = request.uri().getQuery() == null ? 1 : Integer.parseInt(request.uri().getQuery().substring(5));
            return Reply.of(200, NRPS, container(member("u" + page, "Active")))
                    .with("Link", "</members?page=" + (page + 1) + ">; rel=\"next\"");
        });

        assertThatThrownBy(() -> client(new RosterLimits(3, 100)).members(platform(), server.url("/members")))
                .isInstanceOfSatisfying(RosterFetchFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("roster-too-many-pages"));
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void refuses_pages_that_link_in_a_circle() {
        server.on("GET", "/members", Reply.of(200, NRPS, container(member("1", "Active")))
                .with("Link", "</members>; rel=\"next\""));

        assertThatThrownBy(() -> client().members(platform(), server.url("/members")))
                .isInstanceOfSatisfying(RosterFetchFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("roster-too-many-pages"));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void never_follows_a_link_to_another_site() {
        server.on("GET", "/members", Reply.of(200, NRPS, container(member("1", "Active")))
                .with("Link", "<https://elsewhere.example/members?page=2>; rel=\"next\""));

        assertThatThrownBy(() -> client().members(platform(), server.url("/members")))
                .isInstanceOfSatisfying(RosterFetchFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("roster-link-foreign"));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void a_refusal_and_an_outage_have_their_own_codes() {
        server.on("GET", "/members", Reply.json(403, "{}"));
        assertThatThrownBy(() -> client().members(platform(), server.url("/members")))
                .isInstanceOfSatisfying(RosterFetchFailed.class, failure -> {
                    assertThat(failure.code()).isEqualTo("roster-service-refused");
                    assertThat(failure.problem().isTransient()).isFalse();
                });

        server.on("GET", "/members", Reply.json(502, "{}"));
        assertThatThrownBy(() -> client().members(platform(), server.url("/members")))
                .isInstanceOfSatisfying(RosterFetchFailed.class, failure -> {
                    assertThat(failure.code()).isEqualTo("roster-service-unavailable");
                    assertThat(failure.problem().isTransient()).isTrue();
                });
    }

    @Test
    void a_rejected_token_is_replaced_once() {
        server.on("GET", "/members", request -> request.header("Authorization").orElse("").equals("Bearer token-1")
                ? Reply.json(401, "{}")
                : Reply.of(200, NRPS, container(member("1", "Active"))));

        Roster roster = client().members(platform(), server.url("/members"));

        assertThat(roster.members()).hasSize(1);
        assertThat(tokens.invalidations()).isEqualTo(1);
    }

    @Test
    void a_token_rejected_twice_is_a_refusal() {
        server.on("GET", "/members", Reply.json(401, "{}"));

        assertThatThrownBy(() -> client().members(platform(), server.url("/members")))
                .isInstanceOfSatisfying(RosterFetchFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("roster-service-refused"));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void an_unreachable_service_is_unavailable() {
        URI closed;
        try (StubHttpServer gone = StubHttpServer.start()) {
            closed = gone.url("/members");
        }
        URI members = closed;
        assertThatThrownBy(() -> client().members(platform(), members))
                .isInstanceOfSatisfying(RosterFetchFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("roster-service-unavailable"));
    }
}
