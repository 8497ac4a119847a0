package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static it.org.balint.lti.PageForms.encode;
import static it.org.balint.lti.PageForms.hidden;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balint.devplatform.AutoSubmitForm;
import org.balint.devplatform.Course;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.ResourceLink;
import org.balint.devplatform.Roster;
import org.balint.lti.tool.api.ApiEndpoints;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access control of the JSON API on the running tool: a leader sets a group up from the dev platform,
 * two members register, and the same leader launches through a second deployment of the platform (a
 * second tenant). Every endpoint of the API, found by reflection, is called as each of them and as
 * nobody, with the status each must get.
 */
@DisplayName("Access control of the JSON API, every endpoint and role, on Open Liberty")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAccessControlIT {

    private static final String COURSE = "272";
    private static final String LINK = "372";

    /** The callers of the matrix: the launch session and CSRF token each holds. */
    private record Session(String token, String csrf) {
    }

    private static URI tool;
    private static Session leader;
    private static Session sam;
    private static Session lena;
    private static Session otherTenant;
    private static String group;
    private static String samId;
    private static String creditBeforeAnyDecision;

    @ArquillianResource
    private URL deployed;

    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    @BeforeEach
    void setUp() throws Exception {
        if (tool != null) {
            return;
        }
        tool = ToolOnLiberty.base(deployed);
        ToolOnLiberty.awaitReady(tool);
        Roster seeded = Roster.seeded();
        List<Course> courses = new ArrayList<>(seeded.courses());
        courses.add(new Course(COURSE, "BAL 272", "Balint group for the API tests",
                List.of(ResourceLink.of(LINK, "Balint group: Friday mornings", "Set up by the API tests."))));
        Roster roster = new Roster(seeded.people(), courses);

        try (DevPlatform platform = DevPlatform.start(PlatformForTests.config(tool).withRoster(roster))) {
            Browser miraBrowser = new Browser();
            String setUpForm = launch(platform, miraBrowser, "1001").body();
            assertThat(setUpForm).contains("Set up this Balint group");
            leader = session(setUpForm);
            HttpResponse<String> home = miraBrowser.post(tool.resolve("/lti/group/setup"), fields(leader)
                    + "&title=" + encode("Balint group: Friday mornings") + "&leader_name=" + encode("Mira Okafor")
                    + "&leader_email=" + encode("mira.okafor@example.org") + "&first_date="
                    + LocalDate.now().plusDays(14) + "&first_time=08:00&sessions=8&minutes=90&zone=Europe%2FBerlin"
                    + "&video_link=" + encode("https://meet.example.org/balint-friday"));
            assertThat(home.body()).as(home.body()).contains("The group is set up");

            sam = register(platform, "1002", "Sam Rivera", "sam.rivera@example.org");
            lena = register(platform, "1003", "Lena Novak", "lena.novak@example.org");
        }
        // The same platform, through its second deployment of the tool: another tenant.
        try (DevPlatform platform = DevPlatform.start(PlatformForTests.config(tool).withRoster(roster)
                .withDeploymentId("2"))) {
            String setUpForm = launch(platform, new Browser(), "1001").body();
            assertThat(setUpForm).as("deployment 2 has no group for the placement yet").contains("Set up this Balint group");
            otherTenant = session(setUpForm);
        }
        group = field(call("GET", "/api/v1/me", leader, false).body(), "group");
        samId = field(call("GET", "/api/v1/me", sam, false).body(), "member");
        // Before any test runs: the matrix's leader records the group's credit (POST .../credit/decisions).
        creditBeforeAnyDecision = call("GET", "/api/v1/groups/" + group + "/members/me/credit", sam, false).body();
    }

    @AfterAll
    static void forget() {
        tool = null;
    }

    private static HttpResponse<String> launch(DevPlatform platform, Browser browser, String person) throws Exception {
        HttpResponse<String> loginPage = browser.post(platform.baseUrl().resolve("/launch"),
                "as=" + person + "&resource_link=" + LINK);
        AutoSubmitForm initiation = AutoSubmitForm.parse(loginPage.body()).orElseThrow();
        URI auth = Browser.loginTarget(browser.submit(initiation));
        AutoSubmitForm idToken = AutoSubmitForm.parse(browser.get(auth).body()).orElseThrow();
        HttpResponse<String> page = browser.submit(idToken);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page;
    }

    private static Session register(DevPlatform platform, String person, String name, String email) throws Exception {
        Browser browser = new Browser();
        String form = launch(platform, browser, person).body();
        assertThat(form).contains("Register for Balint group: Friday mornings");
        Session session = session(form);
        HttpResponse<String> accepted = browser.post(tool.resolve("/lti/group/register"), fields(session)
                + "&name=" + encode(name) + "&email=" + encode(email) + "&discipline=PHYSICIAN&detail="
                + encode("family medicine") + "&attest_clinically_active=yes&attest_willing_to_present=yes"
                + "&attest_attends_all_sessions=yes&attest_confidentiality_acknowledged=yes");
        assertThat(accepted.body()).as(accepted.body()).contains("Accepted.");
        return session;
    }

    /**
     * What each caller gets from each endpoint, in the order leader, member (about themselves), another
     * member (about the first), a person of another deployment, and nobody. Every endpoint of the API
     * must have a row: a new endpoint fails this test until its expectations are written here.
     */
    private static final Map<String, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("GET /api/v1/me", new int[] {200, 200, 200, 200, 401});
        EXPECTED.put("PUT /api/v1/me/time-zone", new int[] {200, 200, 200, 200, 401});
        EXPECTED.put("DELETE /api/v1/me/time-zone", new int[] {204, 204, 204, 204, 401});
        EXPECTED.put("GET /api/v1/groups/{group}/schedule", new int[] {200, 200, 200, 404, 401});
        EXPECTED.put("GET /api/v1/groups/{group}/members/{member}/presentations", new int[] {200, 200, 403, 404, 401});
        EXPECTED.put("GET /api/v1/groups/{group}/members/{member}/attendance", new int[] {200, 200, 403, 404, 401});
        EXPECTED.put("GET /api/v1/groups/{group}/members/{member}/credit", new int[] {200, 200, 403, 404, 401});
        // Leading the group: faculty only (a member gets 403); a POST with no body is 400, "send again" with
        // nothing refused is 409, filling free places with nobody waiting promotes nobody.
        EXPECTED.put("GET /api/v1/groups/{group}/roster", new int[] {200, 403, 403, 404, 401});
        EXPECTED.put("POST /api/v1/groups/{group}/registrations/decisions", new int[] {400, 403, 403, 404, 401});
        EXPECTED.put("POST /api/v1/groups/{group}/registrations/promotions", new int[] {200, 403, 403, 404, 401});
        EXPECTED.put("GET /api/v1/groups/{group}/leader-log", new int[] {200, 403, 403, 404, 401});
        EXPECTED.put("POST /api/v1/groups/{group}/leader-log/entries", new int[] {400, 403, 403, 404, 401});
        EXPECTED.put("GET /api/v1/groups/{group}/credit", new int[] {200, 403, 403, 404, 401});
        EXPECTED.put("POST /api/v1/groups/{group}/credit/decisions", new int[] {200, 403, 403, 404, 401});
        EXPECTED.put("POST /api/v1/groups/{group}/members/{member}/credit/send-again", new int[] {409, 403, 403, 404, 401});
    }

    @Test
    @DisplayName("every endpoint answers each role as its access rule says, with a JSON problem for every refusal")
    void everyEndpointAndRole() throws Exception {
        List<String> endpoints = ApiEndpoints.api().stream().map(ApiEndpoints.Endpoint::name).toList();
        assertThat(EXPECTED.keySet()).as("every endpoint of the API has its row of expectations")
                .containsExactlyInAnyOrderElementsOf(endpoints);

        List<String> wrong = new ArrayList<>();
        Session[] callers = {leader, sam, lena, otherTenant, null};
        String[] names = {"leader", "member", "another member", "other deployment", "nobody"};
        for (Map.Entry<String, int[]> row : EXPECTED.entrySet()) {
            String method = row.getKey().split(" ", 2)[0];
            String path = row.getKey().split(" ", 2)[1].replace("{group}", group).replace("{member}", samId);
            for (int i = 0; i < callers.length; i++) {
                HttpResponse<String> answer = call(method, path, callers[i], true);
                if (answer.statusCode() != row.getValue()[i]) {
                    wrong.add(names[i] + " " + row.getKey() + ": " + answer.statusCode() + " " + answer.body());
                }
                if (answer.statusCode() >= 400) {
                    assertThat(answer.headers().firstValue("Content-Type")).as(row.getKey())
                            .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
                    assertThat(answer.body()).as(row.getKey()).contains("\"code\":\"", "\"message\":\"");
                }
            }
        }
        assertThat(wrong).as("calls answered otherwise than expected").isEmpty();
    }

    @Test
    @DisplayName("a state-changing call without the session's CSRF token is refused with 403 csrf-token-invalid, and changes nothing")
    void csrf() throws Exception {
        HttpResponse<String> missing = Browser_.send("PUT", "/api/v1/me/time-zone", sam, null,
                "{\"timeZone\":\"Asia/Tokyo\"}");
        HttpResponse<String> wrong = Browser_.send("PUT", "/api/v1/me/time-zone", sam, lena.csrf(),
                "{\"timeZone\":\"Asia/Tokyo\"}");
        HttpResponse<String> deleted = Browser_.send("DELETE", "/api/v1/me/time-zone", sam, null, "");

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(missing.body()).contains("\"code\":\"csrf-token-invalid\"", "X-CSRF-Token");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(deleted.statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/v1/me", sam, false).body()).doesNotContain("Asia/Tokyo");
    }

    @Test
    @DisplayName("no session or a forged one: 401 saying to open the activity from the course again")
    void unauthenticated() throws Exception {
        HttpResponse<String> none = call("GET", "/api/v1/me", null, false);
        HttpResponse<String> forged = call("GET", "/api/v1/me", new Session("forged", "x"), false);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("\"code\":\"session-missing\"", "Open the activity from your course again");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("\"code\":\"session-unknown\"");
    }

    @Test
    @DisplayName("members read their own records as 'me'; another member's are 403; faculty get 404 for a stranger; the other deployment gets 404 even for its own member id")
    void membersAndStrangers() throws Exception {
        String base = "/api/v1/groups/" + group + "/members/";
        assertThat(call("GET", base + "me/attendance", sam, false).statusCode()).isEqualTo(200);
        String lenaId = field(call("GET", "/api/v1/me", lena, false).body(), "member");
        HttpResponse<String> samReadsLena = call("GET", base + lenaId + "/credit", sam, false);
        assertThat(samReadsLena.statusCode()).isEqualTo(403);
        assertThat(samReadsLena.body()).contains("\"code\":\"own-records-only\"");
        assertThat(call("GET", base + lenaId + "/credit", leader, false).statusCode()).isEqualTo(200);
        assertThat(call("GET", base + "m-no-such-member/credit", leader, false).statusCode()).isEqualTo(404);
        assertThat(call("GET", base + "me/credit", leader, false).statusCode()).as("the leader is no member").isEqualTo(404);

        String otherId = field(call("GET", "/api/v1/me", otherTenant, false).body(), "member");
        HttpResponse<String> otherAsksOwn = call("GET", base + otherId + "/attendance", otherTenant, false);
        assertThat(otherAsksOwn.statusCode()).isEqualTo(404);
        assertThat(otherAsksOwn.body()).contains("\"code\":\"group-not-found\"");
        assertThat(call("GET", "/api/v1/groups/g-no-such-group/schedule", sam, false).body())
                .isEqualTo(otherAsksOwn.body()).as("an unknown group reads exactly like another tenant's");
    }

    @Test
    @DisplayName("the schedule is given in the member's time zone: asked, chosen, or the group's; a zone that is not IANA is 400")
    void schedule() throws Exception {
        String path = "/api/v1/groups/" + group + "/schedule";
        HttpResponse<String> groupZone = call("GET", path, sam, false);
        assertThat(groupZone.statusCode()).isEqualTo(200);
        assertThat(groupZone.body()).contains("\"timeZone\":\"Europe/Berlin\"", "\"videoLink\":\"https://meet.example.org/balint-friday\"",
                "\"title\":\"Balint group: Friday mornings\"", "\"next\":{");
        assertThat(count(groupZone.body(), "\"number\":")).isEqualTo(9);

        HttpResponse<String> asked = call("GET", path + "?tz=America/Toronto", sam, false);
        assertThat(asked.body()).contains("\"timeZone\":\"America/Toronto\"", "T02:00:00-05:00");

        HttpResponse<String> invalid = call("GET", path + "?tz=" + encode("+01:00"), sam, false);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"code\":\"time-zone-invalid\"");

        assertThat(Browser_.send("PUT", "/api/v1/me/time-zone", sam, sam.csrf(), "{\"timeZone\":\"Asia/Tokyo\"}")
                .statusCode()).isEqualTo(200);
        assertThat(call("GET", path, sam, false).body()).contains("\"timeZone\":\"Asia/Tokyo\"", "+09:00");
        assertThat(call("GET", "/api/v1/me", sam, false).body()).contains("\"timeZone\":\"Asia/Tokyo\"");
        assertThat(Browser_.send("PUT", "/api/v1/me/time-zone", sam, sam.csrf(), "{\"timeZone\":\"Mars/Olympus\"}")
                .statusCode()).isEqualTo(400);
        assertThat(Browser_.send("DELETE", "/api/v1/me/time-zone", sam, sam.csrf(), "").statusCode()).isEqualTo(204);
        assertThat(call("GET", path, sam, false).body()).contains("\"timeZone\":\"Europe/Berlin\"");
    }

    @Test
    @DisplayName("before a rotation is published or credit decided, the member's records say so without inventing any")
    void emptyRecords() throws Exception {
        String base = "/api/v1/groups/" + group + "/members/me/";
        assertThat(call("GET", base + "presentations", sam, false).body()).contains("\"planPublished\":false", "\"turns\":[]");
        assertThat(creditBeforeAnyDecision).contains("\"decisions\":[]");
        assertThat(call("GET", base + "attendance", sam, false).body()).contains("\"standing\":\"upcoming\"");
    }

    @Test
    @DisplayName("/openapi describes the API: its paths, the bearer session and CSRF schemes, and the problem schema")
    void openApi() throws Exception {
        HttpResponse<String> document = new Browser().get(tool.resolve("/openapi"));

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/api/v1/groups/{group}/members/{member}/credit", "/api/v1/me/time-zone",
                "launchSession", "csrfToken", "X-CSRF-Token", "Problem", "Schedule", "title: Balint LTI tool API",
                "securitySchemes", "Unauthorized",
                "/api/v1/groups/{group}/roster", "/api/v1/groups/{group}/registrations/decisions",
                "/api/v1/groups/{group}/leader-log/entries", "/api/v1/groups/{group}/members/{member}/credit/send-again",
                "LeaderLog", "CreditOverview", "Conflict");
    }

    /** Calls {@code path} as {@code caller} (nobody when null), with the CSRF token on state-changing calls. */
    private static HttpResponse<String> call(String method, String path, Session caller, boolean withCsrf)
            throws Exception {
        boolean changes = !"GET".equals(method);
        String body = "PUT".equals(method) ? "{\"timeZone\":\"Europe/Lisbon\"}" : "";
        return Browser_.send(method, path, caller, changes && caller != null ? caller.csrf() : null, body);
    }

    /** Raw API requests. */
    private static final class Browser_ {
        static HttpResponse<String> send(String method, String path, Session caller, String csrf, String body)
                throws Exception {
            List<String> headers = new ArrayList<>(List.of("Accept", "application/json"));
            if (caller != null) {
                headers.add("Authorization");
                headers.add("Bearer " + caller.token());
            }
            if (csrf != null) {
                headers.add("X-CSRF-Token");
                headers.add(csrf);
            }
            Browser browser = new Browser();
            if ("GET".equals(method)) {
                return browser.get(tool.resolve(path), headers.toArray(String[]::new));
            }
            return browser.send(tool.resolve(path), method, "application/json", body, headers.toArray(String[]::new));
        }
    }

    private static Session session(String page) {
        return new Session(hidden(page, "launch_session"), hidden(page, "csrf"));
    }

    private static String fields(Session session) {
        return "launch_session=" + encode(session.token()) + "&csrf=" + encode(session.csrf());
    }

    private static String field(String json, String name) {
        Matcher field = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertThat(field.find()).as(name + " in " + json).isTrue();
        return field.group(1);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
