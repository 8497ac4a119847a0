package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.balint.devplatform.AutoSubmitForm;
import org.balint.devplatform.Course;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.Person;
import org.balint.devplatform.ResourceLink;
import org.balint.devplatform.Role;
import org.balint.devplatform.Roster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Launching the tool on Open Liberty from the dev platform")
class LaunchingFromTheDevPlatformIT {

    private static DevPlatform platform;

    private final Browser browser = new Browser();

    @BeforeAll
    static void startPlatform() throws Exception {
        Roster seeded = Roster.seeded();
        List<Person> people = new ArrayList<>(seeded.people());
        people.add(Person.of("1666", "<img src=x onerror=alert(1)>", "O'Hara \"&\"", "hostile@example.org", Role.LEARNER));
        List<Course> courses = new ArrayList<>(seeded.courses());
        courses.add(new Course("266", "<b>BAL</b>", "<script>alert('course')</script>",
                List.of(ResourceLink.of("366", "</q><script>alert('group')</script>", "A hostile title."))));
        platform = DevPlatform.start(PlatformForTests.config().withRoster(new Roster(people, courses)));
        ToolOnLiberty.awaitReady();
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    /** The form the id_token arrives in, after pressing a launch button and following the tool's login. */
    private AutoSubmitForm idTokenFormFor(String button) throws Exception {
        HttpResponse<String> loginPage = browser.post(platform.baseUrl().resolve("/launch"), button);
        assertThat(loginPage.statusCode()).as(loginPage.body()).isEqualTo(200);
        AutoSubmitForm initiation = AutoSubmitForm.parse(loginPage.body()).orElseThrow();
        assertThat(initiation.action()).isEqualTo(ToolOnLiberty.base().resolve("/lti/login"));

        HttpResponse<String> toAuth = browser.submit(initiation);
        URI auth = Browser.loginTarget(toAuth);
        assertThat(auth.getPath()).isEqualTo("/auth");
        assertThat(auth.getPort()).isEqualTo(platform.baseUrl().getPort());

        HttpResponse<String> authPage = browser.get(auth);
        assertThat(authPage.statusCode()).as(authPage.body()).isEqualTo(200);
        AutoSubmitForm idTokenForm = AutoSubmitForm.parse(authPage.body()).orElseThrow();
        assertThat(idTokenForm.action()).isEqualTo(ToolOnLiberty.base().resolve("/lti/launch"));
        return idTokenForm;
    }

    @Test
    @DisplayName("the leader button of the home page ends on the tool's page greeting Mira Okafor as group leader")
    void leader() throws Exception {
        assertThat(browser.get(platform.homePage()).body()).contains("Launch as leader");

        HttpResponse<String> page = browser.submit(idTokenFormFor("as=1001&resource_link=301"));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Welcome, Mira Okafor", "group leader",
                "Balint group: Tuesday evenings", "Balint group for family physicians, spring 2027");
        assertThat(page.body()).doesNotContain("group member");
    }

    @Test
    @DisplayName("the member button ends on the tool's page greeting Sam Rivera as group member")
    void member() throws Exception {
        HttpResponse<String> page = browser.submit(idTokenFormFor("as=1002&resource_link=302"));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Welcome, Sam Rivera", "as a group member")
                .doesNotContain("group leader");
    }

    @Test
    @DisplayName("a teaching assistant is greeted as leader, a platform administrator as administrator")
    void assistantAndAdministrator() throws Exception {
        assertThat(browser.submit(idTokenFormFor("person=1007&resource_link=301")).body())
                .contains("Welcome, Jonas Weber", "as its group leader");
        assertThat(browser.submit(idTokenFormFor("person=1008&resource_link=301")).body())
                .contains("Welcome, Priya Raman", "as an administrator");
    }

    @Test
    @DisplayName("markup in the person's name and in course and group titles is shown as text, never run")
    void hostileTexts() throws Exception {
        HttpResponse<String> page = browser.submit(idTokenFormFor("person=1666&resource_link=366"));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body())
                .contains("Welcome, &lt;img src=x onerror=alert(1)&gt; O&#39;Hara &quot;&amp;&quot;")
                .contains("&lt;/q&gt;&lt;script&gt;alert(&#39;group&#39;)&lt;/script&gt;")
                .contains("&lt;script&gt;alert(&#39;course&#39;)&lt;/script&gt;")
                .doesNotContain("<script", "<img");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'none'; style-src 'unsafe-inline'");
    }

    @Test
    @DisplayName("a deep-linking request is refused with 422 message-type-unsupported until the tool can answer it")
    void deepLinking() throws Exception {
        HttpResponse<String> refused = browser.submit(idTokenFormFor("person=1001&course=201&message=deep-linking"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("<code>message-type-unsupported</code>").doesNotContain("Welcome");
    }

    @Test
    @DisplayName("a login initiation by GET works like the form POST")
    void getLogin() throws Exception {
        HttpResponse<String> toTool = browser.post(platform.baseUrl().resolve("/launch"),
                "as=1003&resource_link=301&login=get");
        assertThat(toTool.statusCode()).isEqualTo(302);

        HttpResponse<String> toAuth = browser.get(Browser.location(toTool));
        AutoSubmitForm idTokenForm = AutoSubmitForm.parse(browser.get(Browser.loginTarget(toAuth)).body()).orElseThrow();

        assertThat(browser.submit(idTokenForm).body()).contains("Welcome, Lena Novak", "group member");
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
                .doesNotContain("Welcome");
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
        assertThat(refused.body()).contains("id-token-missing");
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
        HttpResponse<String> refused = browser.get(ToolOnLiberty.base().resolve("/lti/login?login_hint=1001"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("issuer-missing", "Start the launch from the platform");
        assertThat(browser.setCookieHeaders()).isEmpty();
    }

    @Test
    @DisplayName("a login initiation from an unregistered platform is refused with 403 platform-unknown")
    void unknownPlatform() throws Exception {
        HttpResponse<String> refused = browser.post(ToolOnLiberty.base().resolve("/lti/login"),
                "iss=https%3A%2F%2Fmoodle.example.edu&login_hint=7&target_link_uri="
                        + URLEncoder.encode(ToolOnLiberty.base() + "/lti/launch", StandardCharsets.UTF_8),
                "Accept", "application/json");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"code\":\"platform-unknown\"");
    }

    @Test
    @DisplayName("the tool publishes its public key set, without private parts")
    void jwks() throws Exception {
        HttpResponse<String> jwks = browser.get(ToolOnLiberty.base().resolve("/lti/jwks"));

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
        HttpResponse<String> ready = browser.get(ToolOnLiberty.base().resolve("/health/ready"));
        HttpResponse<String> live = browser.get(ToolOnLiberty.base().resolve("/health/live"));

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"lti-launch\"", "\"UP\"");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"heap\"");
    }
}
