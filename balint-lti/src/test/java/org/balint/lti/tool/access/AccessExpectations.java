package org.balint.lti.tool.access;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.balint.core.group.GroupId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.access.FormAccess.Rule;
import org.balint.lti.tool.api.Access;
import org.balint.lti.tool.api.ApiEndpoints;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.session.LaunchSession;
import org.balint.lti.tool.web.GroupPage;

/**
 * What every endpoint of the tool answers each kind of caller: the table the access-control
 * integration test ({@code ApiAccessControlIT}) calls the running tool with, and that
 * {@link EveryEndpointDeclaresWhoMayCallItTest} holds against the endpoints the tool has and the rules
 * they declare. An endpoint without a row, a row without an endpoint, or a row that lets in a caller the
 * endpoint's declaration does not admit fails the build without a server.
 *
 * <h2>The callers (columns, in this order)</h2>
 * Group A and group B are two placements of one course on the same platform and deployment; the other
 * deployment is a second deployment of the tool on the same platform (another tenant), where a leader set
 * up a group of their own. See {@link Who}.
 *
 * <h2>A row</h2>
 * {@code row("POST /lti/documents/calendar", "", "401", "200", ...)}: the endpoint as {@code METHOD
 * /path-template} (exactly as {@link ApiEndpoints} names it), the request body, and one expected answer
 * per caller: the HTTP status, optionally followed by the reason code the answer must carry
 * ({@code "403 leaders-only"}). In the path and the body, {@code {group}} stands for group A's id and
 * {@code {member}} for the member's (Sam's) id, so that every other caller asks about someone else's
 * records. A form endpoint gets the caller's launch session and CSRF token as the fields
 * {@code launch_session} and {@code csrf} before the body; an API endpoint gets them as
 * {@code Authorization: Bearer} and {@code X-CSRF-Token}. Use {@link #at} when a path template needs a
 * concrete address ({@code /lti/page/attendance} for {@code POST /lti/page/{name}}); one endpoint may
 * have several rows.
 *
 * <h2>Adding an endpoint or a page</h2>
 * Declare who may call it ({@code @Allowed} under {@code /api/v1}, {@code @FormAccess} elsewhere), then add
 * its row here, in the section of its kind. For a form, send a body that an admitted caller gets refused
 * at validation (an empty form: 400 with inline reasons), so that the row writes nothing. For a group
 * page, add {@code at("POST /lti/page/{name}", "/lti/page/<name>", "", ...)} with
 * {@code 403 page-not-for-you} for exactly the callers its {@code isFor} excludes
 * ({@link #sessionOf} gives the sessions the unit test asks it about). The unit test names whatever is
 * missing or contradicts the declaration.
 *
 * <p>Calls run in the order of the rows, each row's callers from left to right, against one deployment
 * of the tool: an empty or incomplete body lets an admitted caller through the access checks and stop at
 * validation (400) without writing anything, which keeps the rows independent of each other.
 */
public final class AccessExpectations {

    /**
     * The kinds of caller, in the order of a row's columns. Each holds a launch session from the dev
     * platform, except {@link #NOBODY}.
     */
    public enum Who {
        /** No session at all. */
        NOBODY,
        /** Sam, a registered member of group A; {@code {member}} is Sam, so Sam asks about himself. */
        MEMBER,
        /** Lena, another registered member of group A, asking about Sam. */
        OTHER_MEMBER,
        /** Omar, a registered member of group B (same course, platform and deployment), asking about Sam. */
        MEMBER_ELSEWHERE,
        /** Mira, the leader (faculty) of group A. */
        LEADER,
        /** Ravi, the leader of group B, asking about group A and Sam. */
        LEADER_ELSEWHERE,
        /** Priya, an administrator of the platform, launched from group A's placement. */
        ADMIN,
        /** Mira again, leading a group of her own through the tool's second deployment (another tenant). */
        OTHER_DEPLOYMENT
    }

    /**
     * One expected answer.
     *
     * @param status the HTTP status
     * @param code   the reason code the answer must carry, when the row names one
     */
    public record Answer(int status, Optional<String> code) {
        /** Validates the parts. */
        public Answer {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("not an HTTP status: " + status);
            }
            Objects.requireNonNull(code, "code");
        }

        static Answer parse(String text) {
            String[] parts = text.strip().split("\\s+", 2);
            return new Answer(Integer.parseInt(parts[0]), parts.length == 2 ? Optional.of(parts[1]) : Optional.empty());
        }

        /** Whether the caller is refused (4xx). */
        public boolean refused() {
            return status >= 400 && status < 500;
        }

        /**
         * Whether the caller got past the access checks: a success, or a refusal that is not about who
         * calls (validation 400, conflict 409, nothing to give yet).
         */
        public boolean admitted() {
            return status < 400 || !Set.of(401, 403, 404).contains(status)
                    || code.filter(ADMITTED_REFUSALS::contains).isPresent();
        }

        @Override
        public String toString() {
            return status + code.map(c -> " " + c).orElse("");
        }
    }

    /** Refusals that come after the access checks let the caller in: there is just nothing to give yet. */
    static final Set<String> ADMITTED_REFUSALS = Set.of("no-certificate-yet", "not-eligible-for-credit",
            "request-not-found", "unknown-grievance");

    /**
     * A row of the table.
     *
     * @param endpoint the endpoint, {@code METHOD /path-template} as {@link ApiEndpoints.Endpoint#name()}
     * @param path     the address called, {@code {group}} and {@code {member}} still to be filled in
     * @param body     the request body after the session fields (form) or alone (JSON)
     * @param answers  one per {@link Who}, in its order
     */
    public record Row(String endpoint, String path, String body, List<Answer> answers) {
        /** Validates the parts. */
        public Row {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(body, "body");
            answers = List.copyOf(answers);
            if (answers.size() != Who.values().length) {
                throw new IllegalArgumentException(endpoint + ": " + answers.size() + " answers for "
                        + Who.values().length + " callers " + Arrays.toString(Who.values()));
            }
        }

        /** GET, POST, ... */
        public String httpMethod() {
            return endpoint.split(" ", 2)[0];
        }

        /** What {@code who} must get. */
        public Answer answer(Who who) {
            return answers.get(who.ordinal());
        }

        /** Whether the call may change something, so that it needs the CSRF token. */
        public boolean changesState() {
            return !Set.of("GET", "HEAD", "OPTIONS").contains(httpMethod());
        }

        /** The first caller the access checks let in, if any. */
        public Optional<Who> firstAdmitted() {
            return Arrays.stream(Who.values()).filter(who -> who != Who.NOBODY && answer(who).admitted()).findFirst();
        }

        @Override
        public String toString() {
            return endpoint + (path.equals(endpoint.split(" ", 2)[1]) ? "" : " at " + path);
        }
    }

    private static final List<Row> ROWS = new ArrayList<>();

    private static final String ME = "401 session-missing";
    /** The callers who lead a group (A, B, or one through the second deployment). */
    private static final Set<Who> LEADERS = Set.of(Who.LEADER, Who.LEADER_ELSEWHERE, Who.OTHER_DEPLOYMENT);
    /** The administrator of the platform. */
    private static final Set<Who> ADMINS = Set.of(Who.ADMIN);
    /** The callers who are members of a group (A or B). */
    private static final Set<Who> MEMBERS = Set.of(Who.MEMBER, Who.OTHER_MEMBER, Who.MEMBER_ELSEWHERE);

    private static final String TZ = "{\"timeZone\":\"Europe/Lisbon\"}";
    /**
     * The admin API's answer without a bearer token, and to a launch session sent as its bearer token. The
     * servers of the integration tests run without {@code balint.admin.token}, so the admin API is switched
     * off; with a token configured these become {@code 401 admin-token-required} and
     * {@code 401 admin-token-invalid}.
     */
    private static final String ADMIN_API_WITHOUT_TOKEN = "401 admin-token-required";
    private static final String ADMIN_API_WITH_A_SESSION = "401 admin-token-invalid";

    static {
        // ---- The JSON API: Bearer session, X-CSRF-Token on changes; {group} and {member} in the path.
        //                                                NOBODY  MEMBER  OTHER_MEMBER  MEMBER_ELSEWHERE  LEADER  LEADER_ELSEWHERE  ADMIN  OTHER_DEPLOYMENT
        row("GET /api/v1/me", "", ME, "200", "200", "200", "200", "200", "200", "200");
        row("PUT /api/v1/me/time-zone", TZ, ME, "200", "200", "200", "200", "200", "200", "200");
        row("DELETE /api/v1/me/time-zone", "", ME, "204", "204", "204", "204", "204", "204", "204");
        row("GET /api/v1/groups/{group}/schedule", "", ME, "200", "200", "404 group-not-found", "200",
                "404 group-not-found", "200", "404 group-not-found");
        for (String records : List.of("presentations", "attendance", "credit")) {
            row("GET /api/v1/groups/{group}/members/{member}/" + records, "", ME, "200", "403 own-records-only",
                    "404 group-not-found", "200", "404 group-not-found", "200", "404 group-not-found");
        }

        // Attendance taking is the faculty's: members and administrators are refused whoever they ask about. The
        // leader's writes here carry no real entry (an empty body, no resolutions, an empty report): 400.
        String faculty = "403 faculty-only";
        String elsewhere = "404 group-not-found";
        row("GET /api/v1/groups/{group}/sessions/{session}/attendance", "", ME, faculty, faculty, elsewhere, "200",
                elsewhere, faculty, elsewhere);
        row("PUT /api/v1/groups/{group}/sessions/{session}/attendance/members/{member}", "{}", ME, faculty, faculty,
                elsewhere, "400", elsewhere, faculty, elsewhere);
        row("GET /api/v1/groups/{group}/sessions/{session}/attendance/unmatched", "", ME, faculty, faculty, elsewhere,
                "200", elsewhere, faculty, elsewhere);
        row("POST /api/v1/groups/{group}/sessions/{session}/attendance/unmatched", "{\"resolutions\":[]}", ME, faculty,
                faculty, elsewhere, "400", elsewhere, faculty, elsewhere);
        row("POST /api/v1/groups/{group}/sessions/{session}/attendance-report", "", ME, faculty, faculty, elsewhere,
                "400", elsewhere, faculty, elsewhere);

        // The rotation: the leader's calls with an empty body are refused for what the body lacks (400), publishing
        // without the proposal's fingerprint is 409; members get 403 on every leader's call; administrators read it.
        row("GET /api/v1/groups/{group}/rotation", "", ME, faculty, faculty, elsewhere, "200", elsewhere, "200", elsewhere);
        for (String[] call : List.of(new String[] {"volunteers", "400"}, new String[] {"swaps", "400"},
                new String[] {"replan", "200"}, new String[] {"publish", "409"}, new String[] {"discard", "200"},
                new String[] {"swap-requests/decisions", "400"})) {
            row("POST /api/v1/groups/{group}/rotation/" + call[0], "", ME, faculty, faculty, elsewhere, call[1], elsewhere,
                    faculty, elsewhere);
        }
        row("GET /api/v1/groups/{group}/members/{member}/swap-requests", "", ME, "200", "403 own-records-only", elsewhere,
                "200", elsewhere, "200", elsewhere);
        // Nothing is published in this group, so the member's own request is 409 no-plan-yet.
        row("POST /api/v1/groups/{group}/members/{member}/swap-requests", "", ME, "409", "403", elsewhere, "403",
                elsewhere, "403", elsewhere);

        // An administrator's own platform: nobody else, whatever their role; the path names no platform. The
        // statements are saved before they are read, so the read finds them whatever ran before.
        String adminOnly = "403 admin-only";
        row("GET /api/v1/platform", "", ME, adminOnly, adminOnly, adminOnly, adminOnly, adminOnly, "200", adminOnly);
        row("POST /api/v1/platform/deployments", "{}", ME, adminOnly, adminOnly, adminOnly, adminOnly, adminOnly, "400",
                adminOnly);
        at("DELETE /api/v1/platform/deployments/{deployment}", "/api/v1/platform/deployments/1", "", ME, adminOnly,
                adminOnly, adminOnly, adminOnly, adminOnly, "409 deployment-in-use", adminOnly);
        row("PUT /api/v1/platform/accreditation", "{\"providerName\":\"Riverside CME\",\"statements\":{\"AAFP_PRESCRIBED\":"
                + "[\"Approved for 2 Prescribed credits.\"]}}", ME, adminOnly, adminOnly, adminOnly, adminOnly, adminOnly,
                "200", adminOnly);
        row("GET /api/v1/platform/accreditation", "", ME, adminOnly, adminOnly, adminOnly, adminOnly, adminOnly, "200",
                adminOnly);
        row("GET /api/v1/platform/retention", "", ME, adminOnly, adminOnly, adminOnly, adminOnly, adminOnly, "200",
                adminOnly);
        row("POST /api/v1/platform/retention/purge", "{}", ME, adminOnly, adminOnly, adminOnly, adminOnly, adminOnly, "400",
                adminOnly);

        // The evaluation: the member's own answers; the summary and objectives for the faculty. The table never sets
        // objectives (the body is not an objectives list), so the member's submission meets no form: 409.
        String ownOnly = "403 own-records-only";
        row("GET /api/v1/groups/{group}/members/{member}/evaluation", "", ME, "200", ownOnly, elsewhere, "403", elsewhere,
                "403", elsewhere);
        row("PUT /api/v1/groups/{group}/members/{member}/evaluation", TZ, ME, "409", ownOnly, elsewhere, "403", elsewhere,
                "403", elsewhere);
        row("GET /api/v1/groups/{group}/evaluation-summary", "", ME, faculty, faculty, elsewhere, "200", elsewhere, "200",
                elsewhere);
        row("PUT /api/v1/groups/{group}/evaluation-objectives", TZ, ME, faculty, faculty, elsewhere, "400", elsewhere,
                faculty, elsewhere);
        // Concerns: the member's own; an empty concern is refused for its blank text whether or not a chair is named.
        row("GET /api/v1/groups/{group}/members/{member}/concerns", "", ME, "200", ownOnly, elsewhere, "403", elsewhere,
                "403", elsewhere);
        row("POST /api/v1/groups/{group}/members/{member}/concerns", "{}", ME, "400", ownOnly, elsewhere, "403",
                elsewhere, "403", elsewhere);
        // The platform's grievance committee: its administrators only; a step on a grievance nobody filed is refused.
        row("GET /api/v1/committee", "", ME, adminOnly, adminOnly, adminOnly, adminOnly, adminOnly, "200", adminOnly);
        at("PUT /api/v1/committee/seats/{seat}", "/api/v1/committee/seats/chair", "{}", ME, adminOnly, adminOnly,
                adminOnly, adminOnly, adminOnly, "400", adminOnly);
        at("DELETE /api/v1/committee/seats/{seat}", "/api/v1/committee/seats/deputy", "", ME, adminOnly, adminOnly,
                adminOnly, adminOnly, adminOnly, "409", adminOnly);
        for (String step : List.of("acknowledgement", "resolution")) {
            at("POST /api/v1/committee/grievances/{grievance}/" + step, "/api/v1/committee/grievances/GRV-99999/" + step,
                    "{}", ME, adminOnly, adminOnly, adminOnly, adminOnly, adminOnly, "404 unknown-grievance", adminOnly);
        }

        // Leading the group: faculty only (a member gets 403); a POST with no body is 400, "send again" with nothing
        // refused is 409, filling free places with nobody waiting promotes nobody (200). Administrators read the
        // roster and the credit.
        row("GET /api/v1/groups/{group}/roster", "", ME, faculty, faculty, elsewhere, "200", elsewhere, "200", elsewhere);
        row("POST /api/v1/groups/{group}/registrations/decisions", "", ME, faculty, faculty, elsewhere, "400", elsewhere,
                faculty, elsewhere);
        row("POST /api/v1/groups/{group}/registrations/promotions", "", ME, faculty, faculty, elsewhere, "200",
                elsewhere, faculty, elsewhere);
        row("GET /api/v1/groups/{group}/leader-log", "", ME, faculty, faculty, elsewhere, "200", elsewhere, faculty,
                elsewhere);
        row("POST /api/v1/groups/{group}/leader-log/entries", "", ME, faculty, faculty, elsewhere, "400", elsewhere,
                faculty, elsewhere);
        row("GET /api/v1/groups/{group}/credit", "", ME, faculty, faculty, elsewhere, "200", elsewhere, "200", elsewhere);
        row("POST /api/v1/groups/{group}/credit/decisions", "", ME, faculty, faculty, elsewhere, "200", elsewhere,
                faculty, elsewhere);
        row("POST /api/v1/groups/{group}/members/{member}/credit/send-again", "", ME, faculty, faculty, elsewhere, "409",
                elsewhere, faculty, elsewhere);

        // ---- The admin API: its own token only; a launch session opens nothing (switched off in the tests).
        adminApi("GET /api/admin/platform-registrations", "");
        adminApi("POST /api/admin/platform-registrations", "{}");
        adminApi("GET /api/admin/platform-registrations/{id}", "");
        adminApi("PUT /api/admin/platform-registrations/{id}", "{}");
        adminApi("DELETE /api/admin/platform-registrations/{id}", "");
        adminApi("POST /api/admin/platform-registrations/{id}/deployments", "{}");
        adminApi("DELETE /api/admin/platform-registrations/{id}/deployments/{deploymentId}", "");
        adminApi("GET /api/admin/tool-keys", "");
        adminApi("POST /api/admin/tool-keys/rotation", "");

        // ---- The LTI protocol and public documents: no session; each checks its own proof.
        all("GET /lti/jwks", "", "200");
        all("GET /lti/canvas.json", "", "200");
        all("GET /lti/login", "", "400");
        all("POST /lti/login", "", "400");
        all("POST /lti/launch", "", "400");
        all("POST /lti/launch/platform-storage", "", "403 launch-not-from-tool");
        all("GET /lti/register", "", "400");

        // ---- The content picker: its own session, which no launch session replaces.
        all("POST /lti/deep-link/create", "", "401");
        all("POST /lti/deep-link/pick", "", "401");

        // ---- The group pages: any session opens its own placement's pages; GroupPage.isFor says whose each is.
        // Every page needs a row at its address (/lti/page/<name>); a page not for a caller is 403 page-not-for-you.
        //                                                NOBODY  MEMBER  OTHER_MEMBER  MEMBER_ELSEWHERE  LEADER  LEADER_ELSEWHERE  ADMIN  OTHER_DEPLOYMENT
        at("POST /lti/page/{name}", "/lti/page/home", "", ME, "200", "200", "200", "200", "200", "200", "200");
        at("POST /lti/page/{name}", "/lti/page/no-such-page", "", ME, "404 page-unknown", "404 page-unknown",
                "404 page-unknown", "404 page-unknown", "404 page-unknown", "404 page-unknown", "404 page-unknown");

        page("attendance", LEADERS);
        page("rotation", LEADERS);
        page("presenting", MEMBERS);
        page("evaluation", MEMBERS);
        page("concern", MEMBERS);
        page("evaluations", LEADERS);
        page("members", LEADERS);
        page("log", LEADERS);
        page("credit", LEADERS);
        page("committee", ADMINS);
        page("platform", ADMINS);
        page("accreditation", ADMINS);
        page("retention", ADMINS);

        // ---- The forms after a launch: launch_session + csrf fields; they act on the session's own group only.
        //                                                NOBODY  MEMBER  OTHER_MEMBER  MEMBER_ELSEWHERE  LEADER  LEADER_ELSEWHERE  ADMIN  OTHER_DEPLOYMENT
        // An admitted caller's empty form comes back with its inline reasons (200), nothing written.
        row("POST /lti/group/setup", "", ME, "403 leaders-only", "403 leaders-only", "403 leaders-only", "200",
                "200", "403 leaders-only", "200");
        row("POST /lti/group/faculty", "", ME, "403 leaders-only", "403 leaders-only", "403 leaders-only", "200",
                "200", "403 leaders-only", "200");
        row("POST /lti/group/register", "", ME, "200", "200", "200", "403 members-only", "403 members-only",
                "403 members-only", "403 members-only");
        row("POST /lti/group/roster/sync", "", ME, "403 leaders-only", "403 leaders-only", "403 leaders-only", "200",
                "200", "403 leaders-only", "200");
        row("POST /lti/group/credit/record", "", ME, "403 leaders-only", "403 leaders-only", "403 leaders-only",
                "200", "200", "403 leaders-only", "200");
        row("POST /lti/group/credit/send-again", "member={member}", ME, "403 leaders-only", "403 leaders-only",
                "403 leaders-only", "409 nothing-to-send-again", "409 nothing-to-send-again", "403 leaders-only",
                "409 nothing-to-send-again");
        // The leader's call of the API above recorded the group's credit: nobody attended, so nobody is eligible.
        row("POST /lti/documents/certificate", "member={member}", ME, "404 not-eligible-for-credit",
                "403 not-your-certificate", "403 not-your-certificate", "403 not-your-certificate",
                "403 not-your-certificate", "403 not-your-certificate", "403 not-your-certificate");
        row("POST /lti/documents/calendar", "", ME, "200", "200", "200", "200", "200", "403 not-in-group", "200");
        row("POST /lti/documents/credit-roster", "", ME, "403 leaders-only", "403 leaders-only", "403 leaders-only",
                "200", "200", "403 leaders-only", "200");
        row("POST /lti/documents/pars-export", "", ME, "403 leaders-only", "403 leaders-only", "403 leaders-only",
                "200", "200", "403 leaders-only", "200");
        row("POST /lti/documents/completion-sharing", "", ME, "400 share-completion-answer-missing",
                "400 share-completion-answer-missing", "400 share-completion-answer-missing", "403 not-a-member",
                "403 not-a-member", "403 not-a-member", "403 not-a-member");
        // The leaders' attendance forms: an empty form is refused with its reasons (400), nothing written.
        for (String action : List.of("show", "mark", "minutes", "import", "resolve")) {
            String admitted = action.equals("show") ? "200" : "400";
            row("POST /lti/attendance/" + action, "", ME, "403 leaders-only", "403 leaders-only", "403 leaders-only",
                    admitted, admitted, "403 leaders-only", admitted);
        }
        // The rotation forms: leaders only; an empty form is refused with its reasons (400), nothing written.
        // Re-planning and throwing changes away need no field (200); publishing without the proposal's fingerprint
        // is 409; deciding on a request the form does not name, 404.
        for (String[] action : List.of(new String[] {"volunteer", "400"}, new String[] {"swap", "400"},
                new String[] {"replan", "200"}, new String[] {"publish", "409"}, new String[] {"discard", "200"},
                new String[] {"requests/decide", "404 request-not-found"})) {
            row("POST /lti/rotation/" + action[0], "", ME, "403 leaders-only", "403 leaders-only", "403 leaders-only",
                    action[1], action[1], "403 leaders-only", action[1]);
        }
        // Nothing is published in these groups yet: a member's request is 409.
        row("POST /lti/presenting/request", "", ME, "409", "409", "409", "403 members-only", "403 members-only",
                "403 members-only", "403 members-only");
        String notAdmin = "403 administrators-only";
        // The administrator's forms: their own platform only; an empty form is refused with its reasons (400).
        for (String action : List.of("deployments/add", "deployments/remove", "accreditation", "retention/purge")) {
            row("POST /lti/admin/" + action, "", ME, notAdmin, notAdmin, notAdmin, notAdmin, notAdmin, "400", notAdmin);
        }
        String notMember = "403 members-only";
        String notLeader = "403 leaders-only";
        // A member's time zone: an empty choice goes back to the group's zone (200).
        row("POST /lti/member/time-zone", "", ME, "200", "200", "200", notMember, notMember, notMember, notMember);
        // The members' review queue and the leader log: an empty form is refused with its reasons (400); filling free
        // places with nobody waiting promotes nobody (200).
        row("POST /lti/members/decide", "", ME, notLeader, notLeader, notLeader, "400", "400", notLeader, "400");
        row("POST /lti/members/promote", "", ME, notLeader, notLeader, notLeader, "200", "200", notLeader, "200");
        for (String kind : List.of("led", "supervised", "intensive")) {
            at("POST /lti/log/{kind}", "/lti/log/" + kind, "", ME, notLeader, notLeader, notLeader, "400", "400", notLeader,
                    "400");
        }
        // Evaluations and concerns: an empty form is refused with its reasons (400), nothing written.
        // No objectives are set in these groups, so a member's submission meets no form: 409.
        row("POST /lti/evaluation/submit", "", ME, "409", "409", "409", notMember, notMember, notMember, notMember);
        row("POST /lti/evaluation/objectives", "", ME, notLeader, notLeader, notLeader, "400", "400", notLeader, "400");
        row("POST /lti/concern/file", "", ME, "400", "400", "400", notMember, notMember, notMember, notMember);
        // Leaving a seat not taken is 409; a step on a grievance the form does not name, 404.
        for (String[] action : List.of(new String[] {"seat", "400"}, new String[] {"leave", "409"},
                new String[] {"acknowledge", "404 unknown-grievance"}, new String[] {"resolve", "404 unknown-grievance"})) {
            row("POST /lti/committee/" + action[0], "", ME, notAdmin, notAdmin, notAdmin, notAdmin, notAdmin, action[1],
                    notAdmin);
        }
        // The operator's page: the admin token posted in the form, never a launch session.
        all("GET /admin", "", "200");
        all("POST /admin", "", "401");
        all("POST /admin/rotation", "", "401");
    }

    private AccessExpectations() {
    }

    /** Every row, in the order the integration test calls them. */
    public static List<Row> rows() {
        return List.copyOf(ROWS);
    }

    /** A row whose address is the endpoint's path template (with {@code {group}} and {@code {member}}). */
    static void row(String endpoint, String body, String... answers) {
        at(endpoint, endpoint.split(" ", 2)[1], body, answers);
    }

    /** A row calling {@code endpoint} at the concrete {@code path}. */
    static void at(String endpoint, String path, String body, String... answers) {
        ROWS.add(new Row(endpoint, path, body, Arrays.stream(answers).map(Answer::parse).toList()));
    }

    /** A row of the admin API: refused without its token, and refused with a launch session in its place. */
    static void adminApi(String endpoint, String body) {
        String[] answers = new String[Who.values().length];
        Arrays.fill(answers, ADMIN_API_WITH_A_SESSION);
        answers[Who.NOBODY.ordinal()] = ADMIN_API_WITHOUT_TOKEN;
        row(endpoint, body, answers);
    }

    /** The row of group page {@code name}: 200 for {@code openTo}, 403 page-not-for-you for every other session. */
    static void page(String name, Set<Who> openTo) {
        String[] answers = new String[Who.values().length];
        for (Who who : Who.values()) {
            answers[who.ordinal()] = who == Who.NOBODY ? ME : openTo.contains(who) ? "200" : "403 page-not-for-you";
        }
        at("POST /lti/page/{name}", "/lti/page/" + name, "", answers);
    }

    /** A row where every caller, with a session or without, gets the same answer. */
    static void all(String endpoint, String body, String answer) {
        String[] answers = new String[Who.values().length];
        Arrays.fill(answers, answer);
        row(endpoint, body, answers);
    }

    /**
     * The callers a declared rule of the JSON API lets in on {@code path}, where {@code {group}} is group
     * A and {@code {member}} is Sam: the member themselves, the group's faculty, those who launched from
     * group A, an administrator of the platform; nobody from group B or another deployment.
     */
    public static Set<Who> admittedBy(Access rule, String path) {
        boolean group = path.contains("{group}");
        boolean member = path.contains("{member}");
        switch (rule) {
            case ANY_CALLER:
                return group || member ? EnumSet.noneOf(Who.class) : EnumSet.complementOf(EnumSet.of(Who.NOBODY));
            case GROUP_PARTICIPANT:
                return member ? EnumSet.noneOf(Who.class) : EnumSet.of(Who.MEMBER, Who.OTHER_MEMBER, Who.LEADER);
            case MEMBER_SELF:
                return EnumSet.of(Who.MEMBER);
            case FACULTY_OF_GROUP:
                return EnumSet.of(Who.LEADER);
            case ADMIN_OF_PLATFORM:
                return EnumSet.of(Who.ADMIN);
            default:
                throw new IllegalArgumentException("AccessExpectations.admittedBy does not know the rule " + rule
                        + ": say there whom it lets in");
        }
    }

    /**
     * The callers a declared rule of a form or protocol endpoint lets in. A form acts on the session's own
     * group, so a member or leader of group B, or of the other deployment, is let in to their own group;
     * what they name in the form ({@code {member}}) must then not be found there.
     */
    public static Set<Who> admittedBy(Rule rule) {
        switch (rule) {
            case PUBLIC:
                return EnumSet.allOf(Who.class);
            case ANY_SESSION:
                return EnumSet.complementOf(EnumSet.of(Who.NOBODY));
            case MEMBER_OF_GROUP:
                return EnumSet.of(Who.MEMBER, Who.OTHER_MEMBER, Who.MEMBER_ELSEWHERE);
            case LEADER_OF_GROUP:
                return EnumSet.of(Who.LEADER, Who.LEADER_ELSEWHERE, Who.OTHER_DEPLOYMENT);
            case ADMIN_OF_PLATFORM:
                return EnumSet.of(Who.ADMIN);
            case CONTENT_PICKER:
            case OPERATOR:
                return EnumSet.noneOf(Who.class);
            default:
                throw new IllegalArgumentException("AccessExpectations.admittedBy does not know the rule " + rule
                        + ": say there whom it lets in");
        }
    }

    /** The callers {@code endpoint}'s declaration lets in; none for the admin API (its token is no session). */
    public static Set<Who> admittedBy(ApiEndpoints.Endpoint endpoint) {
        Set<Who> admitted = EnumSet.noneOf(Who.class);
        endpoint.allowed().forEach(rule -> admitted.addAll(admittedBy(rule, endpoint.path())));
        endpoint.formAccess().ifPresent(access -> Arrays.stream(access.value())
                .forEach(rule -> admitted.addAll(admittedBy(rule))));
        return admitted;
    }

    /** Whether {@code endpoint} works with a launch session (not public, the content picker, the operator or the admin API). */
    public static boolean needsLaunchSession(ApiEndpoints.Endpoint endpoint) {
        if (endpoint.adminApi()) {
            return false;
        }
        return endpoint.formAccess().map(access -> List.of(access.value()).stream()
                .noneMatch(rule -> rule == Rule.PUBLIC || rule == Rule.CONTENT_PICKER || rule == Rule.OPERATOR))
                .orElse(true);
    }

    /**
     * A launch session like the one {@code who} holds in the integration test: the Balint role their LMS
     * role grants and the group of the placement they launched (group A, group B, or the other
     * deployment's group); empty for {@link Who#NOBODY}. For the checks that need no server, such as whom a
     * group page is for.
     */
    public static Optional<LaunchSession> sessionOf(Who who) {
        PlatformDeployment first = new PlatformDeployment("https://lms.example.edu", "balint", "1");
        PlatformDeployment second = new PlatformDeployment("https://lms.example.edu", "balint", "2");
        Instant start = Instant.parse("2026-11-29T09:00:00Z");
        BiFunction<PlatformDeployment, String, CourseKey> placement = (deployment, link) ->
                new CourseKey(deployment, Optional.of("296"), link);
        return Optional.ofNullable(switch (who) {
            case NOBODY -> null;
            case MEMBER, OTHER_MEMBER -> new LaunchSession(placement.apply(first, "397"), "sam",
                    EnumSet.of(BalintRole.MEMBER), Optional.of(new GroupId("g-a")), start, start.plusSeconds(3600));
            case MEMBER_ELSEWHERE -> new LaunchSession(placement.apply(first, "398"), "omar",
                    EnumSet.of(BalintRole.MEMBER), Optional.of(new GroupId("g-b")), start, start.plusSeconds(3600));
            case LEADER -> new LaunchSession(placement.apply(first, "397"), "mira",
                    EnumSet.of(BalintRole.LEADER), Optional.of(new GroupId("g-a")), start, start.plusSeconds(3600));
            case LEADER_ELSEWHERE -> new LaunchSession(placement.apply(first, "398"), "ravi",
                    EnumSet.of(BalintRole.LEADER), Optional.of(new GroupId("g-b")), start, start.plusSeconds(3600));
            case ADMIN -> new LaunchSession(placement.apply(first, "397"), "priya",
                    EnumSet.of(BalintRole.ADMIN), Optional.of(new GroupId("g-a")), start, start.plusSeconds(3600));
            case OTHER_DEPLOYMENT -> new LaunchSession(placement.apply(second, "397"), "mira",
                    EnumSet.of(BalintRole.LEADER), Optional.of(new GroupId("g-c")), start, start.plusSeconds(3600));
        });
    }

    /** Every group page of the tool, made with its no-argument constructor (a page's name and audience need no beans). */
    public static List<GroupPage> groupPages() throws ReflectiveOperationException {
        List<GroupPage> pages = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.balint.lti")) {
            Class<?> page = type.reflect();
            if (GroupPage.class.isAssignableFrom(page) && !page.isInterface() && !Modifier.isAbstract(page.getModifiers())) {
                Constructor<?> constructor = page.getDeclaredConstructor();
                constructor.setAccessible(true);
                pages.add((GroupPage) constructor.newInstance());
            }
        }
        return pages;
    }
}
