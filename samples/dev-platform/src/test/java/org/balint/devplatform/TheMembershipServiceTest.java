package org.balint.devplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NRPS 2.0 lists each course's members with paging and differences")
class TheMembershipServiceTest {

    private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"([a-z]+)\"");

    private ToolUnderTest tool;
    private DevPlatform platform;
    private ServiceCalls calls;
    private String token;

    @BeforeEach
    void start() throws Exception {
        tool = ToolUnderTest.start();
        platform = DevPlatform.start(DevPlatformConfig.forTool(tool.base()));
        calls = new ServiceCalls(platform, tool);
        token = calls.token(ServiceCalls.MEMBERSHIP);
    }

    @AfterEach
    void stop() {
        platform.close();
        tool.close();
    }

    @Test
    @DisplayName("the container has Moodle's shape: id, context and members with short roles, names and e-mail")
    void moodleShape() throws Exception {
        HttpResponse<String> response = calls.get(platform.membershipsUrl("201"), token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .contains("application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
        Map<String, Object> container = ServiceCalls.json(response);
        Map<String, Object> moodle = Fixtures.object((String) Fixtures.moodle("09-nrps-memberships.json").get("body"));
        assertThat(container).containsOnlyKeys(moodle.keySet());
        assertThat(container).containsEntry("id", platform.membershipsUrl("201").toString());
        assertThat(container.get("context")).isEqualTo(Map.of("id", "201", "label", "BAL-FM-2027S",
                "title", "Balint group for family physicians, spring 2027"));
        List<Map<String, Object>> members = members(container);
        assertThat(members).hasSize(8);
        Map<String, Object> moodleMember = members(moodle).get(0);
        Map<String, Object> leader = members.get(0);
        assertThat(moodleMember.keySet()).containsAll(leader.keySet());
        assertThat(leader).containsEntry("status", "Active").containsEntry("roles", List.of("Instructor"))
                .containsEntry("user_id", "1001").containsEntry("name", "Mira Okafor")
                .containsEntry("given_name", "Mira").containsEntry("family_name", "Okafor")
                .containsEntry("email", "mira.okafor@example.org");
        assertThat(members.get(1)).containsEntry("roles", List.of("Learner"));
        assertThat(members).filteredOn(m -> "1006".equals(m.get("user_id"))).singleElement()
                .satisfies(m -> assertThat(m).doesNotContainKey("email"));
    }

    @Test
    @DisplayName("limit pages the members, and following rel=next visits every member once")
    void paging() throws Exception {
        URI next = URI.create(platform.membershipsUrl("201") + "?limit=3");
        List<Object> seen = new java.util.ArrayList<>();
        int pages = 0;
        while (next != null && pages < 10) {
            HttpResponse<String> page = calls.get(next, token);
            assertThat(page.statusCode()).isEqualTo(200);
            List<Map<String, Object>> members = members(ServiceCalls.json(page));
            assertThat(members).hasSizeLessThanOrEqualTo(3);
            members.forEach(member -> seen.add(member.get("user_id")));
            next = links(page).containsKey("next") ? URI.create(links(page).get("next")) : null;
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008");
    }

    @Test
    @DisplayName("the differences link reports members added, suspended and removed since it was issued")
    void differences() throws Exception {
        HttpResponse<String> full = calls.get(platform.membershipsUrl("201"), token);
        URI differences = URI.create(links(full).get("differences"));

        platform.memberships().add("201", Person.of("2001", "Ada", "Brook", "ada.brook@example.org", Role.LEARNER));
        platform.memberships().deactivate("201", "1003");
        platform.memberships().remove("201", "1004");
        HttpResponse<String> changes = calls.get(differences, token);

        assertThat(changes.statusCode()).isEqualTo(200);
        List<Map<String, Object>> changed = members(ServiceCalls.json(changes));
        assertThat(changed).extracting(m -> m.get("user_id") + ":" + m.get("status"))
                .containsExactly("1003:Inactive", "1004:Deleted", "2001:Active");
        HttpResponse<String> nothingSince = calls.get(URI.create(links(changes).get("differences")), token);
        assertThat(members(ServiceCalls.json(nothingSince))).isEmpty();
        List<Map<String, Object>> now = members(ServiceCalls.json(calls.get(platform.membershipsUrl("201"), token)));
        assertThat(now).extracting(m -> m.get("user_id")).contains("2001", "1003").doesNotContain("1004");
    }

    @Test
    @DisplayName("the role parameter keeps members with that role")
    void roleFilter() throws Exception {
        HttpResponse<String> learners = calls.get(URI.create(platform.membershipsUrl("202") + "?role=Learner"), token);

        assertThat(members(ServiceCalls.json(learners))).extracting(m -> m.get("user_id"))
                .containsExactly("1002", "1003", "1004", "1005", "1006");
    }

    @Test
    @DisplayName("without a token, with a token lacking the NRPS scope, or for an unknown course it refuses")
    void refusals() throws Exception {
        HttpResponse<String> noToken = new Browser().get(platform.membershipsUrl("201"));
        HttpResponse<String> wrongScope = calls.get(platform.membershipsUrl("201"), calls.token(ServiceCalls.SCORE));
        HttpResponse<String> badToken = calls.get(platform.membershipsUrl("201"), "forged");
        HttpResponse<String> unknownCourse = calls.get(platform.membershipsUrl("999"), token);
        HttpResponse<String> badLimit = calls.get(URI.create(platform.membershipsUrl("201") + "?limit=0"), token);

        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(ServiceCalls.json(noToken)).containsEntry("code", "token-missing");
        assertThat(wrongScope.statusCode()).isEqualTo(403);
        assertThat(ServiceCalls.json(wrongScope)).containsEntry("code", "scope-insufficient");
        assertThat(badToken.statusCode()).isEqualTo(401);
        assertThat(unknownCourse.statusCode()).isEqualTo(404);
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(ServiceCalls.json(badLimit)).containsEntry("code", "limit-out-of-range");
    }

    @Test
    @DisplayName("told to, it answers badly (malformed, wrongly typed, an HTML page, a server error) until set back, without changing anyone's membership")
    void answersBadlyWhenTold() throws Exception {
        platform.memberships().answerWith(MembershipFault.MALFORMED);
        HttpResponse<String> malformed = calls.get(platform.membershipsUrl("201"), token);
        platform.memberships().answerWith(MembershipFault.WRONGLY_TYPED);
        HttpResponse<String> wronglyTyped = calls.get(platform.membershipsUrl("201"), token);
        platform.memberships().answerWith(MembershipFault.HTML_PAGE);
        HttpResponse<String> html = calls.get(platform.membershipsUrl("201"), token);
        platform.memberships().answerWith(MembershipFault.SERVER_ERROR);
        HttpResponse<String> failing = calls.get(platform.membershipsUrl("201"), token);
        HttpResponse<String> unauthenticated = new Browser().get(platform.membershipsUrl("201"));
        platform.memberships().answerWith(MembershipFault.NONE);
        HttpResponse<String> healed = calls.get(platform.membershipsUrl("201"), token);

        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(malformed.headers().firstValue("Content-Type"))
                .contains("application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
        assertThat(ServiceCalls.json(malformed)).containsEntry("members", "everyone");
        assertThat(members(ServiceCalls.json(wronglyTyped))).singleElement().satisfies(m -> assertThat(m.get("roles")).isInstanceOf(Number.class));
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(failing.statusCode()).isEqualTo(500);
        assertThat(unauthenticated.statusCode()).as("tokens are still checked first").isEqualTo(401);
        assertThat(members(ServiceCalls.json(healed))).hasSize(8);
    }

    @Test
    @DisplayName("a course holds at most the cap of people")
    void bounded() {
        Memberships memberships = platform.memberships();
        for (int i = memberships.members("201").size(); i < Memberships.MAX_MEMBERS_PER_COURSE; i++) {
            memberships.add("201", Person.of("p" + i, "Given", "Family", "p@example.org", Role.LEARNER));
        }

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> memberships.add("201",
                Person.of("one-more", "Given", "Family", "p@example.org", Role.LEARNER)))
                .isInstanceOf(IllegalStateException.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> members(Map<String, Object> container) {
        return (List<Map<String, Object>>) container.get("members");
    }

    private static Map<String, String> links(HttpResponse<String> response) {
        Map<String, String> links = new java.util.HashMap<>();
        for (String header : response.headers().allValues("Link")) {
            Matcher matcher = LINK.matcher(header);
            while (matcher.find()) {
                links.put(matcher.group(2), matcher.group(1));
            }
        }
        return links;
    }
}
