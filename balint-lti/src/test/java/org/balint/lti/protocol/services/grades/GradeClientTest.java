package org.balint.lti.protocol.services.grades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.balint.lti.protocol.keys.ToolKeyRing;
import org.balint.lti.protocol.platform.PlatformRegistration;
import org.balint.lti.protocol.services.JsonValues;
import org.balint.lti.protocol.services.ServiceHttp;
import org.balint.lti.protocol.services.token.AssertionAudience;
import org.balint.lti.protocol.services.token.ClientCredentialsTokens;
import org.balint.lti.protocol.services.token.TokenSettings;
import org.balint.lti.protocol.support.Fixtures;
import org.balint.lti.protocol.support.HttpCaptures;
import org.balint.lti.protocol.support.MutableClock;
import org.balint.lti.protocol.support.StaticTokens;
import org.balint.lti.protocol.support.StubHttpServer;
import org.balint.lti.protocol.support.StubHttpServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GradeClientTest {

    private static final String MOODLE_ITEM_PATH = "/mod/lti/services.php/2/lineitems/2/lineitem";
    private static final String MOODLE_SCORES_PATH = MOODLE_ITEM_PATH + "/scores";
    private static final String CANVAS = "https://example.instructure.com";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T22:48:20Z"));
    private final StubHttpServer server = StubHttpServer.start();
    private final StaticTokens tokens = new StaticTokens();
    private final Map<String, Object> moodle = Fixtures.json("moodle-4.5/07-ags-score-post-and-reads.json");

    @AfterEach
    void stop() {
        server.close();
    }

    private PlatformRegistration platform() {
        return new PlatformRegistration(server.origin(), "2ABqdqmSjYFK1oP", server.url("/auth"), server.url("/token"),
                server.url("/certs"), Set.of("1"));
    }

    private static ServiceHttp http() {
        return new ServiceHttp(HttpClient.newHttpClient(), Duration.ofMillis(700), 64 * 1024);
    }

    private GradeClient client() {
        return new GradeClient(http(), tokens, clock, GradeSettings.defaults());
    }

    private URI moodleLineItem() {
        return server.url(MOODLE_ITEM_PATH + "?type_id=1");
    }

    private String fromMoodle(String json) {
        return json.replace("http:\\/\\/127.0.0.1:8800", server.origin().replace("/", "\\/"));
    }

    private static Score score() {
        return new Score("4", 7.5, 10, Optional.of("from LTI stub"), Instant.parse("2026-11-28T22:48:20.064Z"),
                ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED);
    }

    private ScoreOutcome publishAnswered(Reply reply) {
        server.on("POST", MOODLE_SCORES_PATH, reply);
        return client().publish(platform(), moodleLineItem(), score());
    }

    @Test
    void posts_a_score_the_way_moodle_accepted_it() throws Exception {
        ScoreOutcome outcome = publishAnswered(Reply.empty(((Number) moodle.get("scorePostStatus")).intValue()));

        assertThat(outcome).isEqualTo(new ScoreOutcome.Delivered(200));
        StubHttpServer.Recorded request = server.requests().get(0);
        assertThat(request.uri().getPath()).isEqualTo(MOODLE_SCORES_PATH);
        assertThat(request.uri().getQuery()).isEqualTo("type_id=1");
        assertThat(request.header("Content-Type")).contains(GradeClient.SCORE_TYPE);
        assertThat(request.header("Authorization")).contains("Bearer token-1");
        Map<String, Object> sent = JsonValues.object(request.body());
        assertThat(sent).containsEntry("userId", "4").containsEntry("timestamp", "2026-11-28T22:48:20.064Z")
                .containsEntry("gradingProgress", "FullyGraded");
        assertThat(tokens.asked()).containsOnly(Set.of(GradeClient.LINE_ITEM_SCOPE, GradeClient.SCORE_SCOPE));
    }

    @Test
    void moodles_empty_400_means_the_user_is_not_gradable() {
        assertThat(publishAnswered(Reply.json(400, "[]")))
                .isInstanceOfSatisfying(ScoreOutcome.Rejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("user-not-gradable");
                    assertThat(rejected.reason()).contains("enrolment");
                });
    }

    @Test
    void a_409_is_stale() {
        assertThat(publishAnswered(Reply.json(409, "{}"))).isInstanceOf(ScoreOutcome.Stale.class);
    }

    @Test
    void canvass_timestamp_before_last_update_is_stale() {
        assertThat(publishAnswered(Reply.json(400, canvasError("timestamp older than the stored result"))))
                .isInstanceOfSatisfying(ScoreOutcome.Stale.class,
                        stale -> assertThat(stale.reason()).contains("before last updated timestamp"));
    }

    @Test
    void canvass_422_for_a_non_student_is_permanent() {
        assertThat(publishAnswered(Reply.json(422, canvasError("userId not a student in the course"))))
                .isInstanceOfSatisfying(ScoreOutcome.Rejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("user-not-gradable");
                    assertThat(rejected.reason()).contains("User not found in course or is not a student");
                });
    }

    @Test
    void canvass_422_for_a_concluded_course_is_permanent() {
        assertThat(publishAnswered(Reply.json(422,
                "{\"errors\":{\"type\":\"unprocessable_entity\",\"message\":\"Course is concluded\"}}")))
                .isInstanceOfSatisfying(ScoreOutcome.Rejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo("course-concluded"));
    }

    @Test
    void other_refusals_are_permanent_with_their_own_codes() {
        assertThat(codeOf(publishAnswered(Reply.json(403, "{}")))).isEqualTo("scope-missing");
        assertThat(codeOf(publishAnswered(Reply.json(404, "{}")))).isEqualTo("line-item-gone");
        assertThat(codeOf(publishAnswered(Reply.json(410, "{}")))).isEqualTo("line-item-gone");
        assertThat(codeOf(publishAnswered(Reply.json(412, canvasError("line item created by another developer key")))))
                .isEqualTo("line-item-not-permitted");
        assertThat(codeOf(publishAnswered(Reply.json(422, canvasError("negative scoreGiven"))))).isEqualTo("score-refused");
        assertThat(codeOf(publishAnswered(Reply.json(400, canvasError("timestamp not parseable"))))).isEqualTo("score-refused");
        assertThat(codeOf(publishAnswered(Reply.json(400, "{\"errors\":[{\"message\":\"The user cannot be graded in this course: only active learners get grades.\"}]}"))))
                .isEqualTo("user-not-gradable");
    }

    private static String codeOf(ScoreOutcome outcome) {
        assertThat(outcome).isInstanceOf(ScoreOutcome.Rejected.class);
        return ((ScoreOutcome.Rejected) outcome).code();
    }

    @Test
    void a_token_refused_twice_is_permanent_and_once_is_retried_with_a_new_token() {
        assertThat(codeOf(publishAnswered(Reply.json(401, canvasError("token lacks the scope this endpoint needs")))))
                .isEqualTo("not-authorized");
        assertThat(server.requests()).hasSize(2);

        server.on("POST", MOODLE_SCORES_PATH, request -> request.header("Authorization").orElse("").endsWith("token-3")
                ? Reply.empty(200) : Reply.json(401, "{}"));
        assertThat(client().publish(platform(), moodleLineItem(), score())).isEqualTo(new ScoreOutcome.Delivered(200));
    }

    @Test
    void honours_retry_after_in_seconds() {
        assertThat(publishAnswered(Reply.json(429, "{}").with("Retry-After", "7")))
                .isInstanceOfSatisfying(ScoreOutcome.RetryLater.class,
                        retry -> assertThat(retry.after()).isEqualTo(Duration.ofSeconds(7)));
    }

    @Test
    void honours_retry_after_as_an_http_date() {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(120).atOffset(ZoneOffset.UTC));

        assertThat(publishAnswered(Reply.json(503, "{}").with("Retry-After", inTwoMinutes)))
                .isInstanceOfSatisfying(ScoreOutcome.RetryLater.class,
                        retry -> assertThat(retry.after()).isEqualTo(Duration.ofSeconds(120)));
    }

    @Test
    void retries_server_errors_after_the_default_wait_and_caps_long_waits() {
        assertThat(publishAnswered(Reply.json(500, "{}")))
                .isEqualTo(new ScoreOutcome.RetryLater(Duration.ofSeconds(30), "HTTP 500"));
        assertThat(publishAnswered(Reply.json(504, canvasError("file service timed out fetching a content item"))))
                .isInstanceOf(ScoreOutcome.RetryLater.class);
        assertThat(publishAnswered(Reply.json(429, "{}").with("Retry-After", "999999")))
                .isInstanceOfSatisfying(ScoreOutcome.RetryLater.class,
                        retry -> assertThat(retry.after()).isEqualTo(Duration.ofHours(1)));
        assertThat(publishAnswered(Reply.json(503, "{}").with("Retry-After", "soon")))
                .isInstanceOfSatisfying(ScoreOutcome.RetryLater.class,
                        retry -> assertThat(retry.after()).isEqualTo(Duration.ofSeconds(30)));
    }

    @Test
    void a_timeout_is_retried_later() {
        server.on("POST", MOODLE_SCORES_PATH, request -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.empty(200);
        });

        assertThat(client().publish(platform(), moodleLineItem(), score())).isInstanceOf(ScoreOutcome.RetryLater.class);
    }

    @Test
    void a_token_endpoint_outage_is_retried_and_a_token_refusal_is_not() {
        ClientCredentialsTokens realTokens = new ClientCredentialsTokens(http(),
                ToolKeyRing.generate(clock, Duration.ofHours(1)), AssertionAudience.tokenEndpoint(), clock,
                TokenSettings.defaults());
        GradeClient client = new GradeClient(http(), realTokens, clock, GradeSettings.defaults());
        server.on("POST", MOODLE_SCORES_PATH, Reply.empty(200));

        server.on("POST", "/token", Reply.json(503, "{}"));
        assertThat(client.publish(platform(), moodleLineItem(), score())).isInstanceOf(ScoreOutcome.RetryLater.class);

        server.on("POST", "/token", Reply.json(400, "{\"error\":\"invalid_scope\"}"));
        assertThat(codeOf(client.publish(platform(), moodleLineItem(), score()))).isEqualTo("token-endpoint-refused");
        assertThat(server.requests(MOODLE_SCORES_PATH)).isEmpty();
    }

    @Test
    void reads_moodles_line_items_and_sends_the_filter() {
        Map<String, Object> reads = Fixtures.object(moodle, "lineitemsGet");
        server.on("GET", "/mod/lti/services.php/2/lineitems",
                Reply.of(200, GradeClient.CONTAINER_TYPE, fromMoodle((String) reads.get("body"))));

        List<LineItem> items = client().lineItems(platform(), server.url("/mod/lti/services.php/2/lineitems?type_id=1"),
                new LineItemFilter(Optional.of("1"), Optional.empty(), Optional.empty()));

        assertThat(items).containsExactly(new LineItem(moodleLineItem(), "Stub activity", 10, Optional.empty(),
                Optional.empty(), Optional.of("1")));
        assertThat(server.requests().get(0).uri().getQuery()).isEqualTo("type_id=1&resource_link_id=1");
        assertThat(server.requests().get(0).header("Accept")).contains(GradeClient.CONTAINER_TYPE);
    }

    @Test
    void filters_again_when_the_platform_ignores_the_filter() {
        server.on("GET", "/api/lti/courses/5/line_items",
                HttpCaptures.response("canvas/16-ags-line-items-container.http.txt", CANVAS, server.origin()));

        List<LineItem> items = client().lineItems(platform(), server.url("/api/lti/courses/5/line_items"),
                LineItemFilter.of("f3e1a8c2-7d4b-4e6f-9a21-5b8c0d3e7f14", "quiz"));
        List<LineItem> all = client().lineItems(platform(), server.url("/api/lti/courses/5/line_items"), LineItemFilter.all());

        assertThat(items).extracting(LineItem::label).containsExactly("Week 3 Quiz");
        assertThat(all).hasSize(2);
        assertThat(all.get(1).resourceLinkId()).isEmpty();
        assertThat(all.get(1).tag()).contains("participation");
        assertThat(server.requests().get(0).uri().getQuery()).isEqualTo(
                "resource_link_id=f3e1a8c2-7d4b-4e6f-9a21-5b8c0d3e7f14&tag=quiz");
    }

    @Test
    void follows_next_pages_of_line_items() {
        server.on("GET", "/items", request -> request.uri().getQuery() == null
                ? Reply.of(200, GradeClient.CONTAINER_TYPE, "[" + item("/items/1", "One") + "]")
                        .with("Link", "<" + server.url("/items?page=2") + ">; rel=\"next\"")
                : Reply.of(200, GradeClient.CONTAINER_TYPE, "[" + item("/items/2", "Two") + "]"));

        assertThat(client().lineItems(platform(), server.url("/items"), LineItemFilter.all()))
                .extracting(LineItem::label).containsExactly("One", "Two");
    }

    @Test
    void refuses_line_items_in_a_circle_or_on_another_site() {
        server.on("GET", "/items", Reply.of(200, GradeClient.CONTAINER_TYPE, "[]").with("Link", "</items>; rel=\"next\""));
        assertThatThrownBy(() -> client().lineItems(platform(), server.url("/items"), LineItemFilter.all()))
                .isInstanceOfSatisfying(GradeServiceFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("line-items-too-many-pages"));

        server.on("GET", "/items", Reply.of(200, GradeClient.CONTAINER_TYPE, "[]")
                .with("Link", "<https://elsewhere.example/items>; rel=\"next\""));
        assertThatThrownBy(() -> client().lineItems(platform(), server.url("/items"), LineItemFilter.all()))
                .isInstanceOfSatisfying(GradeServiceFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("line-items-link-foreign"));
    }

    @Test
    void reads_one_line_item_as_moodle_sends_it() {
        Map<String, Object> read = Fixtures.object(moodle, "lineitemGet");
        server.on("GET", MOODLE_ITEM_PATH, Reply.json(200, fromMoodle((String) read.get("body"))));

        LineItem item = client().lineItem(platform(), moodleLineItem());

        assertThat(item.id()).isEqualTo(moodleLineItem());
        assertThat(item.scoreMaximum()).isEqualTo(10);
        assertThat(item.resourceId()).isEmpty();
    }

    @Test
    void creates_a_line_item() throws Exception {
        server.on("POST", "/api/lti/courses/5/line_items", Reply.of(201, GradeClient.LINE_ITEM_TYPE,
                Fixtures.text("canvas/16-ags-line-item-create-response.json").replace(CANVAS, server.origin())));

        LineItem created = client().create(platform(), server.url("/api/lti/courses/5/line_items"),
                new NewLineItem("Participation", 10, Optional.of("participation"), Optional.of("participation"),
                        Optional.empty()));

        assertThat(created.id()).isEqualTo(server.url("/api/lti/courses/5/line_items/3"));
        StubHttpServer.Recorded request = server.requests().get(0);
        assertThat(request.header("Content-Type")).contains(GradeClient.LINE_ITEM_TYPE);
        assertThat(JsonValues.object(request.body())).containsEntry("label", "Participation")
                .containsEntry("tag", "participation").doesNotContainKey("resourceLinkId");
    }

    @Test
    void refuses_malformed_and_wrongly_typed_line_items() {
        for (String body : List.of("{}", "[{}]", "[{\"id\":\"" + server.url("/i") + "\",\"label\":\"x\"}]",
                "[{\"id\":\"" + server.url("/i") + "\",\"label\":\"x\",\"scoreMaximum\":\"10\"}]",
                "[{\"id\":\"not a url\",\"label\":\"x\",\"scoreMaximum\":10}]",
                "[{\"id\":\"" + server.url("/i") + "\",\"label\":7,\"scoreMaximum\":10}]", "[1]")) {
            server.on("GET", "/items", Reply.of(200, GradeClient.CONTAINER_TYPE, body));

            assertThatThrownBy(() -> client().lineItems(platform(), server.url("/items"), LineItemFilter.all()))
                    .as(body)
                    .isInstanceOfSatisfying(GradeServiceFailed.class,
                            failure -> assertThat(failure.code()).isEqualTo("line-items-response-malformed"));
        }
        server.on("GET", "/items", Reply.of(200, "text/html", "<html/>"));
        assertThatThrownBy(() -> client().lineItems(platform(), server.url("/items"), LineItemFilter.all()))
                .isInstanceOfSatisfying(GradeServiceFailed.class,
                        failure -> assertThat(failure.code()).isEqualTo("line-items-response-wrong-type"));
    }

    @Test
    void line_item_failures_have_reason_codes() {
        server.on("GET", "/items", Reply.json(404, "{}"));
        assertThatThrownBy(() -> client().lineItem(platform(), server.url("/items")))
                .isInstanceOfSatisfying(GradeServiceFailed.class, failure -> assertThat(failure.code()).isEqualTo("line-item-gone"));
        server.on("GET", "/items", Reply.json(500, "{}"));
        assertThatThrownBy(() -> client().lineItem(platform(), server.url("/items")))
                .isInstanceOfSatisfying(GradeServiceFailed.class, failure -> {
                    assertThat(failure.code()).isEqualTo("line-items-unavailable");
                    assertThat(failure.problem().isTransient()).isTrue();
                });
        server.on("GET", "/items", Reply.json(412, canvasError("line item created by another developer key")));
        assertThatThrownBy(() -> client().lineItem(platform(), server.url("/items")))
                .isInstanceOfSatisfying(GradeServiceFailed.class, failure -> {
                    assertThat(failure.code()).isEqualTo("line-items-refused");
                    assertThat(failure.detail()).contains("Tool does not have permission to view line_item");
                });
    }

    private String item(String path, String label) {
        return "{\"id\":\"" + server.url(path) + "\",\"label\":\"" + label + "\",\"scoreMaximum\":3}";
    }

    /** The body of a case in Canvas's documented error bodies. */
    private static String canvasError(String name) {
        try {
            for (Object entry : JsonValues.array(Fixtures.text("canvas/19-error-bodies.json"))) {
                Map<String, Object> errorCase = JsonValues.asObject(entry, "case");
                if (name.equals(errorCase.get("case"))) {
                    return JsonValues.write(JsonValues.member(errorCase, "body"));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException("No Canvas error case " + name);
    }
}
