package org.balint.lti.tool.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.balint.lti.tool.access.AccessExpectations.Answer;
import org.balint.lti.tool.access.AccessExpectations.Row;
import org.balint.lti.tool.access.AccessExpectations.Who;
import org.balint.lti.tool.api.ApiEndpoints;
import org.balint.lti.tool.api.ApiEndpoints.Endpoint;
import org.balint.lti.tool.session.LaunchSession;
import org.balint.lti.tool.web.GroupPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the tool, found by reflection over its compiled resource classes, declares who may
 * call it, has its expectations in {@link AccessExpectations}, and those expectations refuse every caller
 * the declaration does not let in. A new endpoint fails here, naming it, until both are written.
 */
@DisplayName("Every endpoint of the tool declares who may call it and has its access-control expectations")
class EveryEndpointDeclaresWhoMayCallItTest {

    private static final Set<Integer> ACCESS_REFUSALS = Set.of(401, 403, 404);

    private final List<Endpoint> endpoints = ApiEndpoints.all();
    private final List<Row> rows = AccessExpectations.rows();

    @Test
    @DisplayName("the enumeration finds the endpoints of the API, the admin API, the protocol and the forms")
    void found() {
        assertThat(endpoints).extracting(Endpoint::name).contains(
                "GET /api/v1/me",
                "GET /api/v1/groups/{group}/members/{member}/credit",
                "GET /api/admin/tool-keys",
                "POST /lti/launch",
                "GET /lti/jwks",
                "POST /lti/group/setup",
                "POST /lti/documents/certificate",
                "POST /lti/group/credit/send-again");
    }

    @Test
    @DisplayName("each endpoint declares exactly one guard: @Allowed (JSON API), @FormAccess with its reason, or the admin token")
    void oneGuardEach() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            int guards = (endpoint.allowed().isEmpty() ? 0 : 1) + (endpoint.formAccess().isPresent() ? 1 : 0)
                    + (endpoint.adminApi() ? 1 : 0);
            if (guards != 1) {
                wrong.add(endpoint.name() + " (" + where(endpoint.method()) + ") declares " + guards + " guards; give it "
                        + "@Allowed (under /api/v1), @FormAccess(value, reason) (forms and protocol steps) or put it in "
                        + "an @AdminApi resource");
            }
            endpoint.formAccess().ifPresent(access -> {
                if (access.value().length == 0 || access.reason().isBlank()) {
                    wrong.add(endpoint.name() + " (" + where(endpoint.method()) + ") has a @FormAccess without a rule "
                            + "or without its reason");
                }
            });
            if (!endpoint.allowed().isEmpty() != endpoint.path().startsWith(ApiEndpoints.PREFIX + "/")) {
                wrong.add(endpoint.name() + " (" + where(endpoint.method()) + "): @Allowed belongs to the JSON API "
                        + ApiEndpoints.PREFIX + " and every endpoint there needs it");
            }
            if (endpoint.adminApi() != endpoint.path().startsWith("/api/admin/")) {
                wrong.add(endpoint.name() + " (" + where(endpoint.method()) + "): the admin token guards /api/admin "
                        + "and nothing else");
            }
        }
        assertThat(wrong).as("endpoints whose guard is missing or unclear").isEmpty();
    }

    @Test
    @DisplayName("no resource method hides endpoints behind a sub-resource locator, where the enumeration cannot see them")
    void noSubResourceLocators() {
        List<String> locators = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Method method : endpoint.method().getDeclaringClass().getDeclaredMethods()) {
                if (method.isAnnotationPresent(jakarta.ws.rs.Path.class) && endpoints.stream()
                        .noneMatch(e -> e.method().equals(method))) {
                    locators.add(where(method));
                }
            }
        }
        assertThat(locators).as("sub-resource locators").isEmpty();
    }

    @Test
    @DisplayName("every endpoint has its row of expectations, and every row names an endpoint the tool has")
    void everyEndpointHasARow() {
        Set<String> names = endpoints.stream().map(Endpoint::name).collect(Collectors.toSet());
        Set<String> covered = rows.stream().map(Row::endpoint).collect(Collectors.toSet());
        List<String> missing = endpoints.stream().map(Endpoint::name).filter(name -> !covered.contains(name)).toList();
        List<String> unknown = rows.stream().map(Row::endpoint).filter(name -> !names.contains(name)).distinct().toList();

        assertThat(missing).as("endpoints without a row in AccessExpectations: add one, with what each caller must get")
                .isEmpty();
        assertThat(unknown).as("rows in AccessExpectations for endpoints the tool does not have").isEmpty();
    }

    @Test
    @DisplayName("a row's address fits its endpoint's path template")
    void addressesFit() {
        assertThat(rows).allSatisfy(row -> assertThat(row.path())
                .as(row + ": the address does not fit the template")
                .matches(template(row.endpoint().split(" ", 2)[1])));
    }

    @Test
    @DisplayName("a caller the endpoint's declaration does not let in is refused (401, 403 or 404) in its row")
    void rowsRefuseWhomTheDeclarationRefuses() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            Endpoint endpoint = endpoint(row);
            Set<Who> admitted = AccessExpectations.admittedBy(endpoint);
            for (Who who : Who.values()) {
                Answer answer = row.answer(who);
                if (!admitted.contains(who) && (!ACCESS_REFUSALS.contains(answer.status()) || answer.admitted())) {
                    wrong.add(row + ": " + who + " expects " + answer + " but " + declaration(endpoint)
                            + " does not let " + who + " in");
                }
            }
        }
        assertThat(wrong).as("rows that let in a caller the declaration refuses").isEmpty();
    }

    @Test
    @DisplayName("without a session only public endpoints answer, a session in force is never 401, and only the admin API's token opens the admin API")
    void sessionsAndTokens() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            Endpoint endpoint = endpoint(row);
            boolean isPublic = endpoint.formAccess().map(a -> List.of(a.value()).contains(FormAccess.Rule.PUBLIC))
                    .orElse(false);
            int nobody = row.answer(Who.NOBODY).status();
            if (!isPublic && !endpoint.adminApi() && nobody != 401) {
                wrong.add(row + ": without a session the answer must be 401, not " + nobody);
            }
            if (AccessExpectations.needsLaunchSession(endpoint)) {
                EnumSet.complementOf(EnumSet.of(Who.NOBODY)).stream().filter(who -> row.answer(who).status() == 401)
                        .forEach(who -> wrong.add(row + ": " + who + " holds a session in force, so 401 is not theirs"));
            }
            if (endpoint.adminApi() && EnumSet.allOf(Who.class).stream().anyMatch(w -> !row.answer(w).refused())) {
                wrong.add(row + ": a launch session must not open the admin API");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("a member calling an endpoint for leaders only gets 403")
    void memberCallingALeaderEndpoint() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            Set<Who> admitted = AccessExpectations.admittedBy(endpoint(row));
            if (admitted.contains(Who.LEADER) && !admitted.contains(Who.MEMBER) && !admitted.contains(Who.NOBODY)
                    && row.answer(Who.MEMBER).status() != 403) {
                wrong.add(row + ": the member gets " + row.answer(Who.MEMBER) + ", not 403");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("an API address naming group A answers callers outside its reach 404, as for a group that does not exist")
    void nothingCrossesGroupsOrTenants() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            Endpoint endpoint = endpoint(row);
            if (endpoint.allowed().isEmpty() || !row.path().contains("{group}")) {
                continue;
            }
            Set<Who> admitted = AccessExpectations.admittedBy(endpoint);
            for (Who outsider : List.of(Who.MEMBER_ELSEWHERE, Who.LEADER_ELSEWHERE, Who.OTHER_DEPLOYMENT)) {
                if (!admitted.contains(outsider) && row.answer(outsider).status() != 404) {
                    wrong.add(row + ": " + outsider + " gets " + row.answer(outsider) + ", which tells that the group exists");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("every state-changing endpoint behind a launch session has a row with a caller it lets in, so its CSRF check is tested")
    void csrfTestable() {
        List<String> untested = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            List<Row> called = rows.stream().filter(row -> row.endpoint().equals(endpoint.name())).toList();
            if (!called.isEmpty() && called.get(0).changesState() && AccessExpectations.needsLaunchSession(endpoint)
                    && called.stream().allMatch(row -> row.firstAdmitted().isEmpty())) {
                untested.add(endpoint.name());
            }
        }
        assertThat(untested).as("state-changing endpoints where no caller of any row gets past the access checks")
                .isEmpty();
    }

    @Test
    @DisplayName("every group page has a row at its address, refusing page-not-for-you exactly those the page is not for")
    void everyGroupPage() throws ReflectiveOperationException {
        List<GroupPage> pages = AccessExpectations.groupPages();
        assertThat(pages).extracting(GroupPage::name).contains("home");
        List<String> wrong = new ArrayList<>();
        for (GroupPage page : pages) {
            String address = "/lti/page/" + page.name();
            List<Row> pageRows = rows.stream().filter(row -> row.path().equals(address)).toList();
            if (pageRows.isEmpty()) {
                wrong.add(page.getClass().getSimpleName() + " (" + address + ") has no row: add one with at(\"POST "
                        + "/lti/page/{name}\", \"" + address + "\", ...)");
            }
            for (Row row : pageRows) {
                for (Who who : Who.values()) {
                    Optional<LaunchSession> session = AccessExpectations.sessionOf(who);
                    if (session.isEmpty()) {
                        continue;
                    }
                    boolean notForYou = row.answer(who).status() == 403
                            && row.answer(who).code().equals(Optional.of("page-not-for-you"));
                    if (page.isFor(session.get()) == notForYou) {
                        wrong.add(row + ": " + who + " expects " + row.answer(who) + " but the page is "
                                + (notForYou ? "" : "not ") + "for them");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private Endpoint endpoint(Row row) {
        return endpoints.stream().filter(e -> e.name().equals(row.endpoint())).findFirst()
                .orElseThrow(() -> new AssertionError(row + " names an endpoint the tool does not have"));
    }

    private static String declaration(Endpoint endpoint) {
        if (!endpoint.allowed().isEmpty()) {
            return "@Allowed" + endpoint.allowed();
        }
        if (endpoint.adminApi()) {
            return "the admin token";
        }
        return endpoint.formAccess().map(a -> "@FormAccess" + List.of(a.value())).orElse("no declaration");
    }

    private static String template(String pathTemplate) {
        StringBuilder regex = new StringBuilder();
        for (String part : pathTemplate.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") && !part.equals("{group}") && !part.equals("{member}")
                    ? "[^/]+" : Pattern.quote(part));
        }
        return regex.toString();
    }

    private static String where(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
