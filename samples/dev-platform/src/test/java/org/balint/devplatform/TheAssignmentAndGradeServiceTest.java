package org.balint.devplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AGS 2.0 keeps line items, scores and results like Moodle")
class TheAssignmentAndGradeServiceTest {

    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    static final String LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";

    private ToolUnderTest tool;
    private DevPlatform platform;
    private ServiceCalls calls;
    private String token;

    @BeforeEach
    void start() throws Exception {
        tool = ToolUnderTest.start();
        platform = DevPlatform.start(DevPlatformConfig.forTool(tool.base()));
        calls = new ServiceCalls(platform, tool);
        token = calls.token(ServiceCalls.LINE_ITEM, ServiceCalls.SCORE, ServiceCalls.RESULT_READ_ONLY);
    }

    @AfterEach
    void stop() {
        platform.close();
        tool.close();
    }

    private Map<String, Object> createLineItem(String label, String resourceLinkId, String tag) throws Exception {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("label", label);
        item.put("scoreMaximum", 10);
        item.put("tag", tag);
        item.put("resourceId", "series-" + label);
        item.put("resourceLinkId", resourceLinkId);
        HttpResponse<String> created = calls.send("POST", platform.lineItemsUrl("201"), token, LINE_ITEM_TYPE,
                ServiceCalls.toJson(item));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ServiceCalls.json(created);
    }

    static String score(String userId, double given, Instant timestamp) {
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("userId", userId);
        score.put("scoreGiven", given);
        score.put("scoreMaximum", 10);
        score.put("activityProgress", "Completed");
        score.put("gradingProgress", "FullyGraded");
        score.put("timestamp", timestamp.toString());
        score.put("comment", "Attended 8 of 8 sessions");
        return ServiceCalls.toJson(score);
    }

    private HttpResponse<String> postScore(String lineItemUrl, String body) throws Exception {
        return calls.send("POST", URI.create(lineItemUrl + "/scores"), token, SCORE_TYPE, body);
    }

    @Test
    @DisplayName("a created line item reads back with Moodle's fields and a URL ending in /lineitem")
    void createAndRead() throws Exception {
        Map<String, Object> created = createLineItem("CE credit", "301", "ce-credit");

        String id = (String) created.get("id");
        assertThat(id).startsWith(platform.lineItemsUrl("201") + "/").endsWith("/lineitem");
        HttpResponse<String> read = calls.get(URI.create(id), token);
        assertThat(read.headers().firstValue("Content-Type")).contains(LINE_ITEM_TYPE);
        Map<String, Object> item = ServiceCalls.json(read);
        Map<String, Object> moodle = Fixtures.object((String) ((Map<?, ?>) Fixtures.moodle(
                "07-ags-score-post-and-reads.json").get("lineitemGet")).get("body"));
        assertThat(moodle.keySet()).containsAll(item.keySet());
        assertThat(item).containsEntry("label", "CE credit").containsEntry("scoreMaximum", 10L)
                .containsEntry("tag", "ce-credit").containsEntry("resourceLinkId", "301");
    }

    @Test
    @DisplayName("the container filters by resource_link_id, tag and resource_id and pages with limit")
    void filters() throws Exception {
        createLineItem("a", "301", "ce-credit");
        createLineItem("b", "302", "ce-credit");
        createLineItem("c", "301", "attendance");

        List<Map<String, Object>> byLink = ServiceCalls.jsonArray(calls.get(
                URI.create(platform.lineItemsUrl("201") + "?resource_link_id=301"), token));
        List<Map<String, Object>> byBoth = ServiceCalls.jsonArray(calls.get(
                URI.create(platform.lineItemsUrl("201") + "?resource_link_id=301&tag=ce-credit"), token));
        List<Map<String, Object>> byResource = ServiceCalls.jsonArray(calls.get(
                URI.create(platform.lineItemsUrl("201") + "?resource_id=series-b"), token));
        HttpResponse<String> firstPage = calls.get(URI.create(platform.lineItemsUrl("201") + "?limit=2"), token);

        assertThat(byLink).extracting(i -> i.get("label")).containsExactly("a", "c");
        assertThat(byBoth).extracting(i -> i.get("label")).containsExactly("a");
        assertThat(byResource).extracting(i -> i.get("label")).containsExactly("b");
        assertThat(firstPage.headers().firstValue("Content-Type"))
                .contains("application/vnd.ims.lis.v2.lineitemcontainer+json");
        assertThat(ServiceCalls.jsonArray(firstPage)).hasSize(2);
        assertThat(firstPage.headers().firstValue("Link")).hasValueSatisfying(link ->
                assertThat(link).contains("limit=2").contains("from=2").endsWith("rel=\"next\""));
        assertThat(ServiceCalls.jsonArray(calls.get(platform.lineItemsUrl("202"), token))).isEmpty();
    }

    @Test
    @DisplayName("a line item can be updated and deleted, taking its scores with it")
    void updateAndDelete() throws Exception {
        String id = (String) createLineItem("CE credit", "301", "ce-credit").get("id");
        postScore(id, score("1002", 5, Instant.parse("2027-03-01T10:00:00Z")));

        HttpResponse<String> updated = calls.send("PUT", URI.create(id), token, LINE_ITEM_TYPE,
                ServiceCalls.toJson(Map.of("id", id, "label", "CE credit (hours)", "scoreMaximum", 12)));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(ServiceCalls.json(updated)).containsEntry("label", "CE credit (hours)")
                .containsEntry("scoreMaximum", 12L).containsEntry("resourceLinkId", "301");

        HttpResponse<String> deleted = calls.send("DELETE", URI.create(id), token, LINE_ITEM_TYPE, "");
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(calls.get(URI.create(id), token).statusCode()).isEqualTo(404);
        assertThat(platform.gradebook().acceptedScoreCount()).isZero();
    }

    @Test
    @DisplayName("a score is stored with 200 and an empty body, and read back as a result in Moodle's shape")
    void scoreAndResult() throws Exception {
        String id = (String) createLineItem("CE credit", "301", "ce-credit").get("id");

        HttpResponse<String> posted = postScore(id, score("1002", 7.5, Instant.parse("2027-03-01T10:00:00.064Z")));

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(posted.body()).isEmpty();
        HttpResponse<String> results = calls.get(URI.create(id + "/results"), token);
        assertThat(results.headers().firstValue("Content-Type"))
                .contains("application/vnd.ims.lis.v2.resultcontainer+json");
        List<Map<String, Object>> list = ServiceCalls.jsonArray(results);
        Map<String, Object> moodle = Fixtures.array((String) ((Map<?, ?>) Fixtures.moodle(
                "07-ags-score-post-and-reads.json").get("resultsGet")).get("body")).get(0);
        assertThat(list).singleElement().satisfies(result -> {
            assertThat(result).containsOnlyKeys(moodle.keySet());
            assertThat(result).containsEntry("userId", "1002").containsEntry("resultScore", 7.5)
                    .containsEntry("resultMaximum", 10L).containsEntry("scoreOf", id)
                    .containsEntry("comment", "Attended 8 of 8 sessions");
        });
        assertThat(ServiceCalls.jsonArray(calls.get(URI.create(id + "/results?user_id=1003"), token))).isEmpty();
    }

    @Test
    @DisplayName("a timestamp equal to or older than the latest is 409 and stores nothing; a newer one replaces it")
    void strictlyIncreasingTimestamps() throws Exception {
        String id = (String) createLineItem("CE credit", "301", "ce-credit").get("id");
        String lineItemId = id.replaceAll(".*/lineitems/([^/]+)/lineitem$", "$1");
        Instant first = Instant.parse("2027-03-01T10:00:00Z");

        assertThat(postScore(id, score("1002", 5, first)).statusCode()).isEqualTo(200);
        HttpResponse<String> same = postScore(id, score("1002", 6, first));
        HttpResponse<String> older = postScore(id, score("1002", 6, first.minusSeconds(1)));
        HttpResponse<String> newer = postScore(id, score("1002", 8, first.plusMillis(1)));

        assertThat(same.statusCode()).isEqualTo(409);
        assertThat(ServiceCalls.json(same)).containsEntry("code", "score-timestamp-not-newer");
        assertThat(older.statusCode()).isEqualTo(409);
        assertThat(newer.statusCode()).isEqualTo(200);
        assertThat(platform.gradebook().acceptedScores(lineItemId, "1002"))
                .extracting(s -> s.scoreGiven().orElseThrow()).containsExactly(5.0, 8.0);
        assertThat(platform.gradebook().results(lineItemId).get("1002").scoreGiven()).contains(8.0);
    }

    @Test
    @DisplayName("scores for the leader, a suspended or removed member, or a stranger are 400 like Moodle's")
    void ungradable() throws Exception {
        String id = (String) createLineItem("CE credit", "301", "ce-credit").get("id");
        platform.memberships().deactivate("201", "1003");
        platform.memberships().remove("201", "1004");
        Instant at = Instant.parse("2027-03-01T10:00:00Z");

        assertThat(ServiceCalls.json(postScore(id, score("1001", 5, at)))).containsEntry("code", "user-not-gradable")
                .containsEntry("status", 400L);
        assertThat(ServiceCalls.json(postScore(id, score("1003", 5, at)))).containsEntry("code", "user-not-gradable");
        assertThat(ServiceCalls.json(postScore(id, score("1004", 5, at)))).containsEntry("code", "user-not-gradable");
        assertThat(ServiceCalls.json(postScore(id, score("9999", 5, at)))).containsEntry("code", "user-unknown");
        assertThat(platform.gradebook().acceptedScoreCount()).isZero();
    }

    @Test
    @DisplayName("a learner excluded from grading stays in the course but their scores are 400 until included again")
    void excludedFromGrading() throws Exception {
        String id = (String) createLineItem("CE credit", "301", "ce-credit").get("id");
        platform.gradebook().excludeFromGrading("1002");

        assertThat(ServiceCalls.json(postScore(id, score("1002", 5, Instant.parse("2027-03-01T10:00:00Z")))))
                .containsEntry("code", "user-not-gradable").containsEntry("status", 400L);
        assertThat(platform.memberships().member("201", "1002")).map(Memberships.Member::status)
                .contains(Memberships.Status.ACTIVE);

        platform.gradebook().includeInGrading("1002");
        assertThat(postScore(id, score("1002", 5, Instant.parse("2027-03-01T10:00:01Z"))).statusCode()).isEqualTo(200);
        String lineItemId = id.replaceAll(".*/lineitems/([^/]+)/lineitem$", "$1");
        assertThat(platform.gradebook().acceptedScores(lineItemId, "1002")).hasSize(1);
    }

    @Test
    @DisplayName("malformed scores are refused with the field that is wrong")
    void malformedScores() throws Exception {
        String id = (String) createLineItem("CE credit", "301", "ce-credit").get("id");

        HttpResponse<String> wrongType = calls.send("POST", URI.create(id + "/scores"), token, "application/json",
                score("1002", 5, Instant.parse("2027-03-01T10:00:00Z")));
        HttpResponse<String> noTimestamp = postScore(id, ServiceCalls.toJson(Map.of("userId", "1002",
                "activityProgress", "Completed", "gradingProgress", "FullyGraded")));
        HttpResponse<String> badProgress = postScore(id, ServiceCalls.toJson(Map.of("userId", "1002",
                "activityProgress", "Done", "gradingProgress", "FullyGraded", "timestamp", "2027-03-01T10:00:00Z")));
        HttpResponse<String> noMaximum = postScore(id, ServiceCalls.toJson(Map.of("userId", "1002", "scoreGiven", 3,
                "activityProgress", "Completed", "gradingProgress", "FullyGraded", "timestamp", "2027-03-01T10:00:00Z")));
        HttpResponse<String> notJson = postScore(id, "{\"userId\":");

        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(ServiceCalls.json(noTimestamp)).containsEntry("code", "field-missing");
        assertThat(ServiceCalls.json(badProgress)).containsEntry("code", "activity-progress-unknown");
        assertThat(ServiceCalls.json(noMaximum)).containsEntry("code", "score-maximum-missing");
        assertThat(ServiceCalls.json(notJson)).containsEntry("code", "json-malformed");
        assertThat(platform.gradebook().acceptedScoreCount()).isZero();
    }

    @Test
    @DisplayName("each operation needs its scope: lineitem to create, score to post, result.readonly to read results")
    void scopes() throws Exception {
        String id = (String) createLineItem("CE credit", "301", "ce-credit").get("id");
        String readOnly = calls.token(ServiceCalls.LINE_ITEM_READ_ONLY);

        assertThat(calls.get(platform.lineItemsUrl("201"), readOnly).statusCode()).isEqualTo(200);
        assertThat(calls.send("POST", platform.lineItemsUrl("201"), readOnly, LINE_ITEM_TYPE,
                ServiceCalls.toJson(Map.of("label", "x", "scoreMaximum", 1))).statusCode()).isEqualTo(403);
        assertThat(calls.send("POST", URI.create(id + "/scores"), readOnly, SCORE_TYPE,
                score("1002", 1, Instant.parse("2027-03-01T10:00:00Z"))).statusCode()).isEqualTo(403);
        assertThat(calls.get(URI.create(id + "/results"), readOnly).statusCode()).isEqualTo(403);
        assertThat(new Browser().get(URI.create(id)).statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("a line item for a resource link of another course, or without scoreMaximum, is refused")
    void badLineItems() throws Exception {
        HttpResponse<String> otherCourse = calls.send("POST", platform.lineItemsUrl("201"), token, LINE_ITEM_TYPE,
                ServiceCalls.toJson(Map.of("label", "x", "scoreMaximum", 1, "resourceLinkId", "303")));
        HttpResponse<String> noMaximum = calls.send("POST", platform.lineItemsUrl("201"), token, LINE_ITEM_TYPE,
                ServiceCalls.toJson(Map.of("label", "x")));
        HttpResponse<String> zero = calls.send("POST", platform.lineItemsUrl("201"), token, LINE_ITEM_TYPE,
                ServiceCalls.toJson(Map.of("label", "x", "scoreMaximum", 0)));

        assertThat(ServiceCalls.json(otherCourse)).containsEntry("code", "resource-link-unknown");
        assertThat(ServiceCalls.json(noMaximum)).containsEntry("code", "field-missing");
        assertThat(ServiceCalls.json(zero)).containsEntry("code", "score-maximum-not-positive");
        assertThat(platform.gradebook().lineItems("201")).isEmpty();
    }
}
