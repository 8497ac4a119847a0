package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static it.org.balint.lti.PageForms.encode;
import static it.org.balint.lti.PageForms.hidden;
import static it.org.balint.lti.PageForms.sessionFields;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import org.balint.devplatform.AutoSubmitForm;
import org.balint.devplatform.Course;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.Person;
import org.balint.devplatform.ResourceLink;
import org.balint.devplatform.Role;
import org.balint.devplatform.Roster;
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

@DisplayName("Launching the tool on Open Liberty from the dev platform")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LaunchingFromTheDevPlatformIT {

    private static DevPlatform platform;

    @ArquillianResource
    private URL deployed;

    private URI tool;
    private final Browser browser = new Browser();

    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    @BeforeEach
    void startPlatform() throws Exception {
        tool = ToolOnLiberty.base(deployed);
        if (platform == null) {
            platform = startPlatformFor(tool);
            ToolOnLiberty.awaitReady(tool);
        }
    }

    private static DevPlatform startPlatformFor(URI tool) throws Exception {
        Roster seeded = Roster.seeded();
        List<Person> people = new ArrayList<>(seeded.people());
        people.add(Person.of("1666", "<img src=x onerror=alert(1)>", "O'Hara \"&\"", "hostile@example.org", Role.LEARNER));
        List<Course> courses = new ArrayList<>(seeded.courses());
        courses.add(new Course("266", "<b>BAL</b>", "<script>alert('course')</script>",
                List.of(ResourceLink.of("366", "</q><script>alert('group')</script>", "A hostile title."))));
        courses.add(new Course("267", "BAL 267", "Balint group for hospital physicians",
                List.of(ResourceLink.of("367", "Balint group: Thursday lunchtime", "Set up and joined by the tests."))));
        return DevPlatform.start(PlatformForTests.config(tool).withRoster(new Roster(people, courses)));
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }

    /** The form the id_token arrives in, after pressing a launch button and following the tool's login. */
    private AutoSubmitForm idTokenFormFor(String button) throws Exception {
        HttpResponse<String> loginPage = browser.post(platform.baseUrl().resolve("/launch"), button);
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        AutoSubmitForm initiation = AutoSubmitForm.parse(loginPage.body()).orElseThrow();
        assertThat(initiation.action()).isEqualTo(tool.resolve("/lti/login"));

        HttpResponse<String> toAuth = browser.submit(initiation);
        URI auth = Browser.loginTarget(toAuth);
        assertThat(auth.getPath()).isEqualTo("/auth");
        assertThat(auth.getPort()).isEqualTo(platform.baseUrl().getPort());

        HttpResponse<String> authPage = browser.get(auth);
        assertThat(authPage.statusCode()).as(authPage.body()).isEqualTo(200);
        AutoSubmitForm idTokenForm = AutoSubmitForm.parse(authPage.body()).orElseThrow();
        assertThat(idTokenForm.action()).isEqualTo(tool.resolve("/lti/launch"));
        return idTokenForm;
    }

    @Test
    @DisplayName("the leader button of the home page ends on the form that sets up the activity's Balint group, prefilled for Mira Okafor")
    void leader() throws Exception {
        assertThat(browser.get(platform.homePage()).body()).contains("Launch as leader");

        HttpResponse<String> page = browser.submit(idTokenFormFor("as=1001&resource_link=301"));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Set up this Balint group", "value=\"Mira Okafor\"",
                "value=\"Balint group: Tuesday evenings\"", "name=\"launch_session\"", "name=\"csrf\"");
        assertThat(page.body()).doesNotContain("Register for");
    }

    @Test
    @DisplayName("the member button ends on the page telling Sam Rivera the leader has not set the group up yet")
    void member() throws Exception {
        HttpResponse<String> page = browser.submit(idTokenFormFor("as=1002&resource_link=302"));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Your leader has not set up this group yet")
                .doesNotContain("Set up this Balint group", "<form");
    }

    @Test
    @DisplayName("a teaching assistant leads (the set-up form), a platform administrator sees the placement's overview and their pages")
    void assistantAndAdministrator() throws Exception {
        assertThat(browser.submit(idTokenFormFor("person=1007&resource_link=301")).body())
                .contains("Set up this Balint group", "value=\"Jonas Weber\"");
        String overview = browser.submit(idTokenFormFor("person=1008&resource_link=301")).body();
        assertThat(overview).contains("This Balint placement", "<nav aria-label=\"Group pages\">");
        assertThat(java.util.Arrays.stream(overview.split("<form ", -1)).skip(1).toList())
                .as("the overview's only forms are the navigation's")
                .allSatisfy(form -> assertThat(form).matches("(?s)method=\"post\" action=\"[^\"]*/lti/page/[a-z-]+\".*"));
    }

    @Test
    @DisplayName("markup in the person's name and in course and group titles is shown as text, never run")
    void hostileTexts() throws Exception {
        HttpResponse<String> page = browser.submit(idTokenFormFor("person=1666&resource_link=366"));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Your leader has not set up this group yet")
                .contains("&lt;/q&gt;&lt;script&gt;alert(&#39;group&#39;)&lt;/script&gt;")
                .doesNotContain("<script", "<img");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'none'; style-src 'unsafe-inline'");
    }

    @Test
    @DisplayName("a deep-linking request of an instructor opens the content picker")
    void deepLinking() throws Exception {
        HttpResponse<String> picker = browser.submit(idTokenFormFor("person=1001&course=201&message=deep-linking"));

        assertThat(picker.statusCode()).as(picker.body()).isEqualTo(200);
        assertThat(picker.body()).contains("Place a Balint group in this course", "name=\"deep_link_session\"");
    }

    @Test
    @DisplayName("a login initiation by GET works like the form POST")
    void getLogin() throws Exception {
        HttpResponse<String> toTool = browser.post(platform.baseUrl().resolve("/launch"),
                "as=1003&resource_link=301&login=get");
        assertThat(toTool.statusCode()).isEqualTo(302);

        HttpResponse<String> toAuth = browser.get(Browser.location(toTool));
        AutoSubmitForm idTokenForm = AutoSubmitForm.parse(browser.get(Browser.loginTarget(toAuth)).body()).orElseThrow();

        assertThat(browser.submit(idTokenForm).body()).contains("Your leader has not set up this group yet");
    }

    @Test
    @DisplayName("on plain http the login binding is an HttpOnly SameSite=Lax cookie for /lti, removed by the launch")
    void bindingCookie() throws Exception {
        AutoSubmitForm form = idTokenFormFor("as=1001&resource_link=301");
        String state = form.field("state").orElseThrow();
        assertThat(browser.setCookieHeaders()).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("balint-lti-login-" + state + "=")
                .contains("Path=/lti", "HttpOnly", "SameSite=Lax", "Max-Age=")
                .doesNotContain("Secure"));

        browser.submit(form);

        assertThat(browser.setCookieHeaders()).hasSize(2).last().satisfies(cookie -> assertThat(cookie)
                .startsWith("balint-lti-login-" + state + "=;").contains("Max-Age=0"));
    }

    @Test
    @DisplayName("a replayed launch is refused with 403 state-reused, on a page that says what to do")
    void replay() throws Exception {
        AutoSubmitForm form = idTokenFormFor("as=1002&resource_link=301");
        String cookies = browser.setCookieHeaders().get(0).split(";", 2)[0];
        assertThat(browser.submit(form).statusCode()).isEqualTo(200);

        HttpResponse<String> replayed = browser.submit(form, "Cookie", cookies);

        assertThat(replayed.statusCode()).isEqualTo(403);
        assertThat(replayed.body()).contains("<code>state-reused</code>", "Start a new launch from the course page")
                .doesNotContain("Set up this Balint group", "has not set up");
    }

    @Test
    @DisplayName("a launch from a browser without the login cookie, and no platform storage, is refused with 403 browser-binding-missing")
    void missingCookie() throws Exception {
        AutoSubmitForm form = idTokenFormFor("as=1002&resource_link=301&no_storage=yes");
        browser.forgetCookies();

        HttpResponse<String> refused = browser.submit(form);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("browser-binding-missing");
    }

    @Test
    @DisplayName("a client asking for JSON gets the refusal as JSON with code, status and message")
    void jsonRefusal() throws Exception {
        AutoSubmitForm form = idTokenFormFor("as=1002&resource_link=301");
        browser.forgetCookies();

        HttpResponse<String> refused = browser.submit(form, "Accept", "application/json");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(refused.body()).contains("\"code\":\"browser-binding-missing\"", "\"status\":403", "\"message\":\"");
    }

    @Test
    @DisplayName("a launch without id_token is refused with 400 id-token-missing")
    void noIdToken() throws Exception {
        AutoSubmitForm form = idTokenFormFor("as=1002&resource_link=301");

        HttpResponse<String> refused = browser.post(form.action(),
                "state=" + URLEncoder.encode(form.field("state").orElseThrow(), StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).startsWith("<!DOCTYPE html>").contains("<code>id-token-missing</code>");
    }

    @Test
    @DisplayName("a forged id_token is refused with 400 token-malformed and the login stays usable")
    void forgedToken() throws Exception {
        AutoSubmitForm form = idTokenFormFor("as=1002&resource_link=301");
        String state = URLEncoder.encode(form.field("state").orElseThrow(), StandardCharsets.UTF_8);

        HttpResponse<String> refused = browser.post(form.action(), "id_token=not.a.token&state=" + state);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("token-malformed");

        assertThat(browser.submit(form).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("a login initiation without iss is refused with 400 issuer-missing")
    void loginWithoutIssuer() throws Exception {
        HttpResponse<String> refused = browser.get(tool.resolve("/lti/login?login_hint=1001"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).startsWith("<!DOCTYPE html>").contains("<code>issuer-missing</code>",
                "Start the launch from the platform");
        assertThat(browser.setCookieHeaders()).isEmpty();
    }

    @Test
    @DisplayName("a login initiation from an unregistered platform is refused with 403 platform-unknown")
    void unknownPlatform() throws Exception {
        HttpResponse<String> refused = browser.post(tool.resolve("/lti/login"),
                "iss=https%3A%2F%2Fmoodle.example.edu&login_hint=7&target_link_uri="
                        + URLEncoder.encode(tool + "/lti/launch", StandardCharsets.UTF_8),
                "Accept", "application/json");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"code\":\"platform-unknown\"");
    }

    @Test
    @DisplayName("the tool publishes its public key set, without private parts")
    void jwks() throws Exception {
        HttpResponse<String> jwks = browser.get(tool.resolve("/lti/jwks"));

        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        com.nimbusds.jose.jwk.JWKSet keys = com.nimbusds.jose.jwk.JWKSet.parse(jwks.body());
        assertThat(keys.getKeys()).singleElement().satisfies(key -> {
            assertThat(key.getKeyID()).isNotBlank();
            assertThat(key.isPrivate()).isFalse();
        });
    }

    @Test
    @DisplayName("readiness and liveness report UP")
    void health() throws Exception {
        HttpResponse<String> ready = browser.get(tool.resolve("/health/ready"));
        HttpResponse<String> live = browser.get(tool.resolve("/health/live"));

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"lti-launch\"", "\"UP\"")
                .contains("\"name\":\"database\",\"status\":\"UP\"", "\"product\":\"" + expectedDatabase() + "\"");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"heap\"");
    }

    private static String expectedDatabase() {
        return "postgres".equals(System.getProperty("balint.test.db")) ? "PostgreSQL" : "Apache Derby";
    }

    @Test
    @DisplayName("the first leader's launch sets the group up through its form; a member's launch then registers them through theirs")
    void leaderSetsUpAndMemberRegisters() throws Exception {
        HttpResponse<String> setUpForm = browser.submit(idTokenFormFor("as=1001&resource_link=367"));
        assertThat(setUpForm.body()).contains("Set up this Balint group");

        String firstSession = LocalDate.now().plusDays(21).toString();
        HttpResponse<String> refused = browser.post(tool.resolve("/lti/group/setup"), sessionFields(setUpForm.body())
                + "&title=" + encode("Balint group: Thursday lunchtime") + "&leader_name=" + encode("Mira Okafor")
                + "&leader_email=" + encode("mira.okafor@example.org") + "&first_date=" + firstSession
                + "&first_time=12:30&sessions=8&minutes=90&zone=America%2FToronto&video_link=" + encode("http://meet.example.org/bal"));
        assertThat(refused.body()).as("an http video link is refused beside its field, nothing stored")
                .contains("Set up this Balint group", "video-link-not-https");

        HttpResponse<String> home = browser.post(tool.resolve("/lti/group/setup"), sessionFields(refused.body())
                + "&title=" + encode("Balint group: Thursday lunchtime") + "&leader_name=" + encode("Mira Okafor")
                + "&leader_email=" + encode("mira.okafor@example.org") + "&first_date=" + firstSession
                + "&first_time=12:30&sessions=8&minutes=90&zone=America%2FToronto&video_link="
                + encode("https://meet.example.org/balint-thursday"));
        assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
        assertThat(home.body()).contains("Balint group: Thursday lunchtime", "The group is set up");

        HttpResponse<String> registration = browser.submit(idTokenFormFor("as=1002&resource_link=367"));
        assertThat(registration.body()).contains("Register for Balint group: Thursday lunchtime");
        HttpResponse<String> accepted = browser.post(tool.resolve("/lti/group/register"), sessionFields(registration.body())
                + "&name=" + encode("Sam Rivera") + "&email=" + encode("sam.rivera@example.org")
                + "&discipline=PHYSICIAN&detail=" + encode("family medicine")
                + "&attest_clinically_active=yes&attest_willing_to_present=yes&attest_attends_all_sessions=yes"
                + "&attest_confidentiality_acknowledged=yes");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("Accepted.", "https://meet.example.org/balint-thursday");

        HttpResponse<String> forged = browser.post(tool.resolve("/lti/group/register"),
                "launch_session=" + encode("not-a-session") + "&csrf=x");
        assertThat(forged.statusCode()).isEqualTo(401);
    }

    /** The launch session and CSRF fields of the form on {@code page}, as a form body. */}
