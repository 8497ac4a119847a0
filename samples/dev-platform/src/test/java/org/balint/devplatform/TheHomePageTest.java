package org.balint.devplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The home page and the pages around a launch")
class TheHomePageTest {

    private static final String HOSTILE_NAME = "<script>alert('name')</script>";
    private static final String HOSTILE_TITLE = "Tom & \"Jerry\" <b>bold</b>";

    private static DevPlatform platform;
    private static DevPlatform hostile;
    private final Browser browser = new Browser();

    @BeforeAll
    static void startPlatforms() throws Exception {
        platform = DevPlatform.start(DevPlatformConfig.defaults());
        Roster roster = new Roster(
                List.of(new Person("x1", HOSTILE_NAME, "O'Brien", Optional.of("a@b.example\"><img src=x>"),
                        Role.INSTRUCTOR), Person.of("x2", "Ana", "Member", "ana@example.org", Role.LEARNER)),
                List.of(new Course("c<1>", "L&L", HOSTILE_TITLE,
                        List.of(ResourceLink.of("l\"1", "</option><script>alert(1)</script>", "desc")))));
        hostile = DevPlatform.start(DevPlatformConfig.defaults().withRoster(roster));
    }

    @AfterAll
    static void stop() {
        platform.close();
        hostile.close();
    }

    @Test
    @DisplayName("offers Launch as leader and Launch as member, more people, courses, activities and options")
    void buttonsAndChoices() throws Exception {
        String page = browser.get(platform.homePage()).body();

        assertThat(page).contains(">Launch as leader <span class=\"who\">(Mira Okafor)</span></button>",
                ">Launch as member <span class=\"who\">(Sam Rivera)</span></button>");
        for (Person person : Roster.seeded().people()) {
            assertThat(page).contains("<option value=\"" + person.id() + "\">");
        }
        assertThat(page).contains("<option value=\"301\" selected>Balint group: Tuesday evenings</option>",
                "<option value=\"303\">Balint group: monthly series</option>",
                "<optgroup label=\"Balint group for nurse practitioners &amp; psychologists (BAL-NP-2027)\">",
                "Jonas Weber, Teaching assistant", "Priya Raman, Administrator", "Yuki Tanaka, Learner (group member), no e-mail address",
                "value=\"deep-linking\"", "value=\"window\"", "name=\"withhold_name\"", "name=\"withhold_email\"",
                "name=\"no_storage\"", "value=\"get\"");
        assertThat(page).contains("Tomás Álvarez", "Grace O&#39;Neill");
    }

    @Test
    @DisplayName("is accessible: language, viewport, a label for every select, legends, a titled frame")
    void accessible() throws Exception {
        String page = browser.get(platform.homePage()).body();

        assertThat(page).startsWith("<!DOCTYPE html><html lang=\"en\">")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .contains("<iframe name=\"tool-frame\" title=\"The tool, launched from this platform\"")
                .contains("<a class=\"skip\" href=\"#tool-heading\">");
        Matcher selects = Pattern.compile("<select id=\"([^\"]+)\"").matcher(page);
        int count = 0;
        while (selects.find()) {
            assertThat(page).contains("<label for=\"" + selects.group(1) + "\">");
            count++;
        }
        assertThat(count).isEqualTo(2);
        assertThat(page.split("<fieldset>", -1).length - 1).isEqualTo(page.split("<legend>", -1).length - 1)
                .isEqualTo(4);
        int choices = page.split("<input type=\"(radio|checkbox)\"", -1).length - 1;
        assertThat(choices).as("every radio button and checkbox sits in its label").isEqualTo(10)
                .isEqualTo(page.split("<label><input type=\"(radio|checkbox)\"", -1).length - 1);
    }

    @Test
    @DisplayName("loads nothing from elsewhere and admits only its own inline style and script")
    void selfContained() throws Exception {
        HttpResponse<String> response = browser.get(platform.homePage());
        String page = response.body();

        assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<link", "@import");
        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("script-src 'nonce-([^']+)'").matcher(policy);
        assertThat(nonce.find()).isTrue();
        assertThat(page).contains("<script nonce=\"" + nonce.group(1) + "\">", "<style nonce=\"" + nonce.group(1) + "\">");
        assertThat(policy).contains("default-src 'none'", "frame-src 'self' http://localhost:9080",
                "form-action 'self' http://localhost:9080");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        HttpResponse<String> again = browser.get(platform.homePage());
        assertThat(again.headers().firstValue("Content-Security-Policy")).isNotEqualTo(Optional.of(policy));
    }

    @Test
    @DisplayName("answers platform storage only for the tool's origin, per origin and bounded")
    void platformStorageScript() throws Exception {
        String page = browser.get(platform.homePage()).body();

        assertThat(page).contains("var toolOrigins = [\"http://localhost:9080\"];",
                "<form id=\"launch-form\" method=\"post\" action=\"/launch\" target=\"tool-frame\" rel=\"opener\">",
                "'lti.capabilities'", "'lti.put_data'", "'lti.get_data'", "event.source.postMessage(answer, event.origin)",
                "storage_exhaustion", "unsupported_subject");
    }

    @Test
    @DisplayName("escapes names, titles and ids from the roster on the home page")
    void escapesRoster() throws Exception {
        String page = browser.get(hostile.homePage()).body();

        assertThat(page).doesNotContain(HOSTILE_NAME, "<b>bold</b>", "<img src=x>", "</option><script>")
                .contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; O&#39;Brien")
                .contains("Tom &amp; &quot;Jerry&quot; &lt;b&gt;bold&lt;/b&gt; (L&amp;L)")
                .contains("<option value=\"l&quot;1\" selected>&lt;/option&gt;&lt;script&gt;alert(1)&lt;/script&gt;</option>")
                .contains("a@b.example&quot;&gt;&lt;img src=x&gt;");
        assertThat(page.split("<script", -1)).as("only the platform's own script").hasSize(2);
    }

    @Test
    @DisplayName("carries hostile values through the launch form escaped and unchanged")
    void escapesLaunchForm() throws Exception {
        HttpResponse<String> launch = browser.post(hostile.baseUrl().resolve("/launch"), "as=x1&resource_link=l%221");

        assertThat(launch.statusCode()).isEqualTo(200);
        assertThat(launch.body()).doesNotContain("value=\"l\"1\"");
        AutoSubmitForm form = AutoSubmitForm.parse(launch.body()).orElseThrow();
        assertThat(form.fields()).containsEntry("login_hint", "x1");
    }

    @Test
    @DisplayName("refuses a launch it cannot start, listing every reason")
    void launchRefusals() throws Exception {
        HttpResponse<String> nobody = browser.post(platform.baseUrl().resolve("/launch"),
                "resource_link=301&message=chat&target=tab&login=put");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(nobody.body()).contains("<code>person-missing</code>", "<code>message-unknown</code>",
                "<code>target-unknown</code>", "<code>login-method-unknown</code>");

        HttpResponse<String> unknown = browser.post(platform.baseUrl().resolve("/launch"),
                "person=9999&resource_link=999");
        assertThat(unknown.body()).contains("<code>person-unknown</code>", "<code>resource-link-unknown</code>");

        HttpResponse<String> elsewhere = browser.post(platform.baseUrl().resolve("/launch"),
                "person=1001&resource_link=303&course=201");
        assertThat(elsewhere.body()).contains("<code>resource-link-not-in-course</code>");

        assertThat(browser.post(platform.baseUrl().resolve("/launch"), "person=1001").body())
                .contains("<code>resource-link-missing</code>");
        assertThat(browser.post(platform.baseUrl().resolve("/launch"), "person=1001&message=deep-linking").body())
                .contains("<code>course-missing</code>");
        assertThat(browser.post(platform.baseUrl().resolve("/launch"), "person=1001&course=777&message=deep-linking")
                .body()).contains("<code>course-unknown</code>");
    }

    @Test
    @DisplayName("a launch can also start from a link, with the course given by id")
    void launchByGet() throws Exception {
        HttpResponse<String> launch = browser.get(platform.baseUrl().resolve(
                "/launch?person=1002&course=201&resource_link=302"));

        assertThat(launch.statusCode()).isEqualTo(200);
        assertThat(AutoSubmitForm.parse(launch.body()).orElseThrow().fields()).containsEntry("login_hint", "1002");
    }

    @Test
    @DisplayName("the return page shows the tool's messages escaped and names the course and activity")
    void returnPage() throws Exception {
        HttpResponse<String> page = browser.get(platform.baseUrl().resolve(
                "/return?course=201&resource_link=301&lti_msg=Saved%20%3Cb%3Eall%3C%2Fb%3E&lti_errormsg=Oops%20%26%20sorry"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Balint group for family physicians, spring 2027",
                "Balint group: Tuesday evenings", "Saved &lt;b&gt;all&lt;/b&gt;", "Oops &amp; sorry")
                .doesNotContain("<b>all</b>");
    }

    @Test
    @DisplayName("unknown addresses get a 404 page and wrong methods a 405 with Allow")
    void notFoundAndWrongMethod() throws Exception {
        HttpResponse<String> missing = browser.get(platform.baseUrl().resolve("/launchpad"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<code>not-found</code>");

        HttpResponse<String> post = browser.post(platform.homePage(), "a=b");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");

        HttpResponse<String> delete = browser.send(HttpRequest.newBuilder(platform.jwksUri()).DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(405);
    }

    @Test
    @DisplayName("a request addressed to a host name other than a loopback one is refused")
    void dnsRebinding() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", platform.baseUrl().getPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: attacker.example:" + platform.baseUrl().getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").contains("<code>host-not-loopback</code>")
                    .doesNotContain("Launch as leader");
        }
        assertThat(Map.of("localhost", true, "127.0.0.1", true, "[::1]", true, "127.1.2.3", true,
                "attacker.example", false, "localhost.attacker.example", false, "0.0.0.0", false))
                .allSatisfy((host, loopback) -> assertThat(DevPlatformConfig.isLoopbackHost(host)).as(host)
                        .isEqualTo(loopback));
    }
}
