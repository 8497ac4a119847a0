package it.org.balint.lti;

import static it.org.balint.lti.PageForms.encode;
import static it.org.balint.lti.PageForms.hidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balint.devplatform.Course;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.Person;
import org.balint.devplatform.ResourceLink;
import org.balint.devplatform.Role;
import org.balint.devplatform.Roster;
import org.balint.lti.tool.access.AccessExpectations;
import org.balint.lti.tool.access.AccessExpectations.Answer;
import org.balint.lti.tool.access.AccessExpectations.Row;
import org.balint.lti.tool.access.AccessExpectations.Who;
import org.balint.lti.tool.api.ApiEndpoints;
import org.balint.lti.tool.session.LaunchSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access control of every endpoint of the tool, on Open Liberty. From the dev platform, a leader sets up
 * group A and two members register; another leader sets up group B in the same course and a third member
 * registers there; an administrator of the platform launches from group A; and the first leader sets up a
 * group through the tool's second deployment (another tenant). Then every row of
 * {@link AccessExpectations} (every endpoint, found by reflection) is called as each of them and as
 * nobody; every state-changing call is sent without its CSRF token and with another session's, and must
 * be refused with nothing changed.
 */
@DisplayName("Access control of every endpoint and role, on Open Liberty")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAccessControlIT {

    /** The packaged tool, deployed on node 1 for this class. */
    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    /** Ids of this run's course and activities: the database outlives a run, the test needs fresh groups. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String COURSE = "296-" + RUN;
    private static final String GROUP_A = "397-" + RUN;
    private static final String GROUP_B = "398-" + RUN;

    private static final String MIRA = "1001";
    private static final String SAM = "1002";
    private static final String LENA = "1003";
    private static final String PRIYA = "1008";
    private static final String RAVI = "4001";
    private static final String OMAR = "4002";

    /** A caller's launch session and its CSRF token. */
    private record Session(String token, String csrf) {
    }

    private static final Map<Who, Session> SESSIONS = new EnumMap<>(Who.class);
    private static URI tool;
    private static DevPlatform platform;
    private static String group;
    private static Roster roster;
    private static String samId;
    /** Sam's presentations, credit and attendance as the API gives them before any call of the table. */
    private static final List<String> FIRST_RECORDS = new ArrayList<>();

    @BeforeAll
    static void launchEveryone() throws Exception {
        tool = ToolOnLiberty.node1();
        ToolOnLiberty.awaitReady(tool);
        Roster seeded = Roster.seeded();
        List<Person> people = new ArrayList<>(seeded.people());
        people.add(Person.of(RAVI, "Ravi", "Menon", "ravi.menon@example.org", Role.INSTRUCTOR));
        people.add(Person.of(OMAR, "Omar", "Haddad", "omar.haddad@example.org", Role.LEARNER));
        List<Course> courses = new ArrayList<>(seeded.courses());
        courses.add(new Course(COURSE, "BAL 296", "Balint groups for the access-control tests",
                List.of(ResourceLink.of(GROUP_A, "Balint group: Friday mornings", "Group A of the access tests."),
                        ResourceLink.of(GROUP_B, "Balint group: Monday evenings", "Group B of the access tests."))));
        roster = new Roster(people, courses);

        // The same platform through the tool's second deployment: another tenant, where Mira leads a group too.
        try (DevPlatform second = DevPlatform.start(PlatformForTests.config(tool).withRoster(roster)
                .withDeploymentId("2"))) {
            SESSIONS.put(Who.OTHER_DEPLOYMENT, setUp(second, MIRA, GROUP_A, "Balint group: second deployment"));
        }
        platform = DevPlatform.start(PlatformForTests.config(tool).withRoster(roster));
        SESSIONS.put(Who.LEADER, setUp(platform, MIRA, GROUP_A, "Balint group: Friday mornings"));
        SESSIONS.put(Who.MEMBER, register(platform, SAM, GROUP_A, "Sam Rivera", "sam.rivera@example.org"));
        SESSIONS.put(Who.OTHER_MEMBER, register(platform, LENA, GROUP_A, "Lena Novak", "lena.novak@example.org"));
        SESSIONS.put(Who.LEADER_ELSEWHERE, setUp(platform, RAVI, GROUP_B, "Balint group: Monday evenings"));
        SESSIONS.put(Who.MEMBER_ELSEWHERE, register(platform, OMAR, GROUP_B, "Omar Haddad", "omar.haddad@example.org"));
        String overview = new Browser().launch(platform.baseUrl(), "as=" + PRIYA + "&resource_link=" + GROUP_A).body();
        assertThat(overview).as(overview).contains("This Balint placement");
        LaunchSession admin = AccessExpectations.sessionOf(Who.ADMIN).orElseThrow();
        if (AccessExpectations.groupPages().stream().filter(page -> page.isFor(admin)).count() > 1) {
            SESSIONS.put(Who.ADMIN, session(overview));
        } else {
            // With Home as their only page an administrator has no navigation and no form, so no session to call
            // with: their column waits for the administrators' pages.
            assertThat(overview).doesNotContain("name=\"launch_session\"");
        }

        group = field(call("GET", "/api/v1/me", Who.LEADER, "").body(), "group");
        samId = field(call("GET", "/api/v1/me", Who.MEMBER, "").body(), "member");
        assertThat(field(call("GET", "/api/v1/me", Who.LEADER_ELSEWHERE, "").body(), "group")).isNotEqualTo(group);
        for (String records : List.of("presentations", "credit", "attendance")) {
            FIRST_RECORDS.add(call("GET", "/api/v1/groups/" + group + "/members/me/" + records, Who.MEMBER, "").body());
        }
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    private static Session setUp(DevPlatform on, String person, String link, String title) throws Exception {
        Browser browser = new Browser();
        String form = browser.launch(on.baseUrl(), "as=" + person + "&resource_link=" + link).body();
        assertThat(form).as(form).contains("Set up this Balint group");
        Session session = session(form);
        HttpResponse<String> home = browser.post(tool.resolve("/lti/group/setup"), fields(session)
                + "&title=" + encode(title) + "&leader_name=" + encode("Leader " + person)
                + "&leader_email=" + encode("leader." + person + "@example.org") + "&first_date="
                + LocalDate.now().plusDays(14) + "&first_time=08:00&sessions=8&minutes=90&zone=Europe%2FBerlin"
                + "&video_link=" + encode("https://meet.example.org/balint-" + person));
        assertThat(home.body()).as(home.body()).contains("The group is set up");
        return session;
    }

    private static Session register(DevPlatform on, String person, String link, String name, String email)
            throws Exception {
        Browser browser = new Browser();
        String form = browser.launch(on.baseUrl(), "as=" + person + "&resource_link=" + link).body();
        assertThat(form).as(form).contains("Register for");
        Session session = session(form);
        HttpResponse<String> accepted = browser.post(tool.resolve("/lti/group/register"), fields(session)
                + "&name=" + encode(name) + "&email=" + encode(email) + "&discipline=PHYSICIAN&detail="
                + encode("family medicine") + "&attest_clinically_active=yes&attest_willing_to_present=yes"
                + "&attest_attends_all_sessions=yes&attest_confidentiality_acknowledged=yes");
        assertThat(accepted.body()).as(accepted.body()).contains("Accepted.");
        return session;
    }

    @Test
    @DisplayName("every endpoint answers every caller as its row of expectations says, with the reason code")
    void everyEndpointAndCaller() throws Exception {
        List<String> endpoints = ApiEndpoints.all().stream().map(ApiEndpoints.Endpoint::name).toList();
        assertThat(AccessExpectations.rows()).extracting(Row::endpoint).as("every endpoint has its row")
                .containsAll(endpoints);

        List<String> wrong = new ArrayList<>();
        for (Row row : AccessExpectations.rows()) {
            for (Who who : callers()) {
                HttpResponse<String> answer = call(row, who, true);
                Answer expected = row.answer(who);
                boolean statusOk = answer.statusCode() == expected.status();
                boolean codeOk = expected.code().map(code -> answer.body().contains(code)).orElse(true);
                if (!statusOk || !codeOk) {
                    wrong.add(row + " as " + who + ": expected " + expected + ", got " + answer.statusCode() + " "
                            + shortened(answer.body()));
                }
            }
        }
        assertThat(wrong).as("calls answered otherwise than AccessExpectations says").isEmpty();
    }

    @Test
    @DisplayName("administrators see and change their own platform only: another registration's administrator reaches none of its deployments or statements")
    void administrators() throws Exception {
        Session admin = SESSIONS.get(Who.ADMIN);
        assertThat(admin).as("the administrator launched with a session").isNotNull();
        String other = "balint-api-other-" + RUN;
        String platformBase = "http://127.0.0.1:" + ToolOnLiberty.platformPort();
        HttpResponse<String> registered = new Browser().send(tool.resolve("/api/admin/platform-registrations"), "POST",
                "application/json", "{\"issuer\":\"" + platformBase + "\",\"clientId\":\"" + other + "\","
                        + "\"authorizationUrl\":\"http://localhost:" + ToolOnLiberty.platformPort() + "/auth\","
                        + "\"tokenUrl\":\"" + platformBase + "/token\",\"jwksUrl\":\"" + platformBase
                        + "/.well-known/jwks.json\",\"deploymentIds\":[\"7\"],\"label\":\"Another registration\"}",
                "Authorization", "Bearer " + ToolOnLiberty.adminToken(), "Accept", "application/json");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        Session otherAdmin;
        // The other registration's platform answers on the dev platform's port: the class's platform steps aside.
        platform.close();
        try (DevPlatform elsewhere = DevPlatform.start(PlatformForTests.config(tool).withRoster(roster)
                .withClientId(other).withDeploymentId("7"))) {
            otherAdmin = session(new Browser().launch(elsewhere.baseUrl(), "as=" + PRIYA + "&resource_link=" + GROUP_A)
                    .body());
        } finally {
            platform = DevPlatform.start(PlatformForTests.config(tool).withRoster(roster));
        }

        HttpResponse<String> mine = send("GET", "/api/v1/platform", admin, null, "");
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(mine.body()).contains("\"clientId\":\"balint-dev-tool\"", "\"launchedThrough\":\"1\"",
                "\"toolKeyId\":\"");
        HttpResponse<String> theirs = send("GET", "/api/v1/platform", otherAdmin, null, "");
        assertThat(theirs.body()).contains("\"clientId\":\"" + other + "\"", "\"deployments\":[\"7\"]")
                .doesNotContain("balint-dev-tool");

        HttpResponse<String> removeAnothers = send("DELETE", "/api/v1/platform/deployments/2", otherAdmin,
                otherAdmin.csrf(), "");
        assertThat(removeAnothers.statusCode()).as(removeAnothers.body()).isEqualTo(404);
        assertThat(removeAnothers.body()).contains("\"code\":\"deployment-not-found\"");
        HttpResponse<String> padded = send("POST", "/api/v1/platform/deployments", admin, admin.csrf(),
                "{\"deploymentId\":\" 9 \"}");
        assertThat(padded.statusCode()).isEqualTo(400);
        assertThat(padded.body()).contains("\"code\":\"deployment-id-malformed\"");
        assertThat(send("GET", "/api/v1/platform", admin, null, "").body()).contains("\"deployments\":[\"1\",\"2\"");

        HttpResponse<String> categoryOne = send("PUT", "/api/v1/platform/accreditation", admin, admin.csrf(),
                "{\"providerName\":\"Riverside CME\",\"statements\":{\"AAFP_PRESCRIBED\":"
                        + "[\"Approved for 2 AMA PRA Category 1 Credits.\"]}}");
        assertThat(categoryOne.statusCode()).isEqualTo(400);
        assertThat(categoryOne.body()).contains("\"code\":\"category-1-label-for-aafp-credit\"");
        HttpResponse<String> saved = send("PUT", "/api/v1/platform/accreditation", admin, admin.csrf(),
                "{\"providerName\":\"Riverside CME\",\"statements\":{\"AAFP_PRESCRIBED\":"
                        + "[\"Approved for 2 Prescribed credits.\"]}}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/platform/accreditation", admin, null, "").body()).contains("Riverside CME");
        HttpResponse<String> notTheirs = send("GET", "/api/v1/platform/accreditation", otherAdmin, null, "");
        assertThat(notTheirs.statusCode()).isEqualTo(404);
        assertThat(notTheirs.body()).contains("\"code\":\"accreditation-not-configured\"").doesNotContain("Riverside");

        String confirmation = field(send("GET", "/api/v1/platform/retention", admin, null, "").body(), "confirmation");
        String purge = "{\"confirmation\":\"" + confirmation + "\"}";
        HttpResponse<String> first = send("POST", "/api/v1/platform/retention/purge", admin, admin.csrf(), purge);
        HttpResponse<String> second = send("POST", "/api/v1/platform/retention/purge", admin, admin.csrf(), purge);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"deleted\":{", "\"groups\":0");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("\"code\":\"purge-already-run\"");
        HttpResponse<String> anothersConfirmation = send("POST", "/api/v1/platform/retention/purge", otherAdmin,
                otherAdmin.csrf(), "{\"confirmation\":\"" + field(send("GET", "/api/v1/platform/retention", admin, null,
                        "").body(), "confirmation") + "\"}");
        assertThat(anothersConfirmation.statusCode()).as("a preview confirms its own platform's purge only").isEqualTo(400);
    }

    @Test
    @DisplayName("every state-changing call without its CSRF token, or with another session's, is refused csrf-token-invalid (403 from the API, 401 from a form) and changes nothing")
    void csrf() throws Exception {
        String before = snapshot();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Row row : AccessExpectations.rows()) {
            Optional<Who> caller = callers().stream()
                    .filter(who -> who != Who.NOBODY && row.answer(who).admitted()).findFirst();
            if (!row.changesState() || caller.isEmpty() || !needsLaunchSession(row)) {
                continue;
            }
            Who who = caller.get();
            Who other = who == Who.LEADER ? Who.MEMBER : Who.LEADER;
            for (String csrf : new String[] {null, SESSIONS.get(other).csrf()}) {
                HttpResponse<String> answer = send(row, who, csrf);
                checked++;
                int status = row.path().startsWith("/api/") ? 403 : 401;
                if (answer.statusCode() != status || !answer.body().contains("csrf-token-invalid")) {
                    wrong.add(row + " as " + who + (csrf == null ? " without a CSRF token" : " with another session's")
                            + ": " + answer.statusCode() + " " + shortened(answer.body()));
                }
            }
        }
        assertThat(checked).as("state-changing calls checked").isGreaterThanOrEqualTo(10);
        assertThat(wrong).as("state-changing calls let through without their own CSRF token").isEmpty();
        assertThat(snapshot()).as("what the callers can read after the refused calls").isEqualTo(before);
    }

    @Test
    @DisplayName("no session or a forged one: 401 saying to open the activity from the course again")
    void unauthenticated() throws Exception {
        HttpResponse<String> none = send("GET", "/api/v1/me", null, null, "");
        HttpResponse<String> forged = new Browser().get(tool.resolve("/api/v1/me"), "Accept", "application/json",
                "Authorization", "Bearer forged");
        HttpResponse<String> forgedForm = new Browser().post(tool.resolve("/lti/documents/calendar"),
                "launch_session=forged&csrf=x", "Accept", "application/json");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("\"code\":\"session-missing\"", "Open the activity from your course again");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("\"code\":\"session-unknown\"");
        assertThat(forgedForm.statusCode()).isEqualTo(401);
        assertThat(forgedForm.body()).contains("session-unknown");
    }

    @Test
    @DisplayName("members read their own records, not another member's; faculty get 404 for a stranger; another group or deployment gets 404 even for its own member id")
    void membersAndStrangers() throws Exception {
        String base = "/api/v1/groups/" + group + "/members/";
        assertThat(call("GET", base + "me/attendance", Who.MEMBER, "").statusCode()).isEqualTo(200);
        String lenaId = field(call("GET", "/api/v1/me", Who.OTHER_MEMBER, "").body(), "member");
        HttpResponse<String> samReadsLena = call("GET", base + lenaId + "/credit", Who.MEMBER, "");
        assertThat(samReadsLena.statusCode()).isEqualTo(403);
        assertThat(samReadsLena.body()).contains("\"code\":\"own-records-only\"");
        assertThat(call("GET", base + lenaId + "/credit", Who.LEADER, "").statusCode()).isEqualTo(200);
        assertThat(call("GET", base + "m-no-such-member/credit", Who.LEADER, "").statusCode()).isEqualTo(404);
        assertThat(call("GET", base + "me/credit", Who.LEADER, "").statusCode()).as("the leader is no member").isEqualTo(404);

        for (Who outsider : List.of(Who.MEMBER_ELSEWHERE, Who.OTHER_DEPLOYMENT)) {
            String ownId = field(call("GET", "/api/v1/me", outsider, "").body(), "member");
            HttpResponse<String> asksOwn = call("GET", base + ownId + "/attendance", outsider, "");
            assertThat(asksOwn.statusCode()).as(outsider.toString()).isEqualTo(404);
            assertThat(asksOwn.body()).contains("\"code\":\"group-not-found\"");
            assertThat(call("GET", "/api/v1/groups/g-no-such-group/schedule", outsider, "").body())
                    .as("an unknown group reads exactly like another group's").isEqualTo(asksOwn.body());
        }
    }

    @Test
    @DisplayName("the schedule is given in the member's time zone: asked, chosen, or the group's; a zone that is not IANA is 400")
    void schedule() throws Exception {
        String path = "/api/v1/groups/" + group + "/schedule";
        HttpResponse<String> groupZone = call("GET", path, Who.MEMBER, "");
        assertThat(groupZone.statusCode()).isEqualTo(200);
        assertThat(groupZone.body()).contains("\"timeZone\":\"Europe/Berlin\"",
                "\"videoLink\":\"https://meet.example.org/balint-" + MIRA + "\"",
                "\"title\":\"Balint group: Friday mornings\"", "\"next\":{");
        assertThat(count(groupZone.body(), "\"number\":")).isEqualTo(9);

        HttpResponse<String> asked = call("GET", path + "?tz=America/Toronto", Who.MEMBER, "");
        assertThat(asked.body()).contains("\"timeZone\":\"America/Toronto\"", "T02:00:00-05:00");

        HttpResponse<String> invalid = call("GET", path + "?tz=" + encode("+01:00"), Who.MEMBER, "");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"code\":\"time-zone-invalid\"");

        assertThat(call("PUT", "/api/v1/me/time-zone", Who.MEMBER, "{\"timeZone\":\"Asia/Tokyo\"}").statusCode())
                .isEqualTo(200);
        assertThat(call("GET", path, Who.MEMBER, "").body()).contains("\"timeZone\":\"Asia/Tokyo\"", "+09:00");
        assertThat(call("GET", "/api/v1/me", Who.MEMBER, "").body()).contains("\"timeZone\":\"Asia/Tokyo\"");
        assertThat(call("PUT", "/api/v1/me/time-zone", Who.MEMBER, "{\"timeZone\":\"Mars/Olympus\"}").statusCode())
                .isEqualTo(400);
        assertThat(call("DELETE", "/api/v1/me/time-zone", Who.MEMBER, "").statusCode()).isEqualTo(204);
        assertThat(call("GET", path, Who.MEMBER, "").body()).contains("\"timeZone\":\"Europe/Berlin\"");
    }

    @Test
    @DisplayName("before a rotation is published or credit decided, the member's records say so without inventing any")
    void emptyRecords() {
        assertThat(FIRST_RECORDS.get(0)).contains("\"planPublished\":false", "\"turns\":[]");
        assertThat(FIRST_RECORDS.get(1)).contains("\"decisions\":[]");
        assertThat(FIRST_RECORDS.get(2)).contains("\"standing\":\"upcoming\"");
    }

    @Test
    @DisplayName("/openapi describes the API: its paths, the bearer session and CSRF schemes, and the problem schema")
    void openApi() throws Exception {
        HttpResponse<String> document = new Browser().get(tool.resolve("/openapi"));

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/api/v1/groups/{group}/members/{member}/credit", "/api/v1/me/time-zone",
                "launchSession", "csrfToken", "X-CSRF-Token", "Problem", "Schedule", "title: Balint LTI tool API",
                "securitySchemes", "Unauthorized");
    }

    // ---- calling the tool

    /** What the callers can read through the API: their own view, group A's schedule and Sam's records. */
    private static String snapshot() throws Exception {
        StringBuilder seen = new StringBuilder();
        for (Who who : callers()) {
            if (who != Who.NOBODY) {
                seen.append(who).append(": ").append(call("GET", "/api/v1/me", who, "").body()).append('\n');
            }
        }
        String base = "/api/v1/groups/" + group;
        for (String path : List.of("/schedule", "/members/" + samId + "/presentations",
                "/members/" + samId + "/attendance", "/members/" + samId + "/credit")) {
            seen.append(path).append(": ").append(call("GET", base + path, Who.LEADER, "").body()).append('\n');
        }
        return seen.toString();
    }

    /** Nobody, and every kind of caller that holds a session. */
    private static List<Who> callers() {
        return Arrays.stream(Who.values()).filter(who -> who == Who.NOBODY || SESSIONS.containsKey(who)).toList();
    }

    /** The row's call as {@code who}, with the caller's own CSRF token when {@code withCsrf}. */
    private static HttpResponse<String> call(Row row, Who who, boolean withCsrf) throws Exception {
        Session session = SESSIONS.get(who);
        return send(row, who, withCsrf && session != null ? session.csrf() : null);
    }

    /** The row's call as {@code who} with {@code csrf} (none when null). */
    private static HttpResponse<String> send(Row row, Who who, String csrf) throws Exception {
        String path = fill(row.path());
        String body = fill(row.body());
        Session session = SESSIONS.get(who);
        if (path.startsWith("/api/")) {
            return send(row.httpMethod(), path, session, csrf, body);
        }
        Browser browser = new Browser();
        if ("GET".equals(row.httpMethod())) {
            return browser.get(tool.resolve(path), "Accept", "text/html, application/json;q=0.9");
        }
        List<String> form = new ArrayList<>();
        if (session != null) {
            form.add("launch_session=" + encode(session.token()));
        }
        if (csrf != null) {
            form.add("csrf=" + encode(csrf));
        }
        if (!body.isEmpty()) {
            form.add(body);
        }
        if (MULTIPART_FORMS.contains(row.endpoint())) {
            String boundary = "access-control-boundary";
            StringBuilder parts = new StringBuilder();
            for (String field : form) {
                String[] pair = field.split("=", 2);
                parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(pair[0])
                        .append("\"\r\n\r\n").append(java.net.URLDecoder.decode(pair[1], java.nio.charset.StandardCharsets.UTF_8))
                        .append("\r\n");
            }
            parts.append("--").append(boundary).append("--\r\n");
            return browser.send(tool.resolve(path), row.httpMethod(), "multipart/form-data; boundary=" + boundary,
                    parts.toString(), "Accept", "text/html, application/json;q=0.9");
        }
        return browser.send(tool.resolve(path), row.httpMethod(), "application/x-www-form-urlencoded",
                String.join("&", form), "Accept", "text/html, application/json;q=0.9");
    }

    /** Calls the JSON API as {@code who}, with their CSRF token on state-changing calls. */
    private static HttpResponse<String> call(String method, String path, Who who, String body) throws Exception {
        Session session = SESSIONS.get(who);
        return send(method, path, session, "GET".equals(method) || session == null ? null : session.csrf(), body);
    }

    /** A raw API request: the session as Bearer, {@code csrf} as X-CSRF-Token when not null. */
    private static HttpResponse<String> send(String method, String path, Session session, String csrf, String body)
            throws Exception {
        List<String> headers = new ArrayList<>(List.of("Accept", "application/json"));
        if (session != null) {
            headers.add("Authorization");
            headers.add("Bearer " + session.token());
        }
        if (csrf != null) {
            headers.add("X-CSRF-Token");
            headers.add(csrf);
        }
        Browser browser = new Browser();
        if ("GET".equals(method)) {
            return browser.get(tool.resolve(path), headers.toArray(String[]::new));
        }
        String type = path.endsWith("/attendance-report") ? "text/csv" : "application/json";
        return browser.send(tool.resolve(path), method, type, body, headers.toArray(String[]::new));
    }

    private static boolean needsLaunchSession(Row row) {
        return ApiEndpoints.all().stream().filter(e -> e.name().equals(row.endpoint())).findFirst()
                .map(AccessExpectations::needsLaunchSession)
                .orElse(false);
    }

    /** The forms that post {@code multipart/form-data} (a file upload): the session fields go as parts. */
    private static final java.util.Set<String> MULTIPART_FORMS = java.util.Set.of("POST /lti/attendance/import");

    /** {@code text} with group A's id, Sam's member id, and a placeholder for every other path parameter. */
    private static String fill(String text) {
        return text.replace("{group}", group).replace("{member}", samId).replace("{session}", "1")
                .replaceAll("\\{[a-zA-Z]+\\}", "unknown");
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

    private static String shortened(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
