package it.org.balint.lti;

import static it.org.balint.lti.PageForms.encode;
import static it.org.balint.lti.PageForms.hidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balint.devplatform.AutoSubmitForm;
import org.balint.devplatform.Course;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.ResourceLink;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A leader takes attendance in headless Chromium, launched from the dev platform: the leader sets the
 * group up, two members register and are accepted, and on the Attendance page the leader marks one
 * member present with one click, enters minutes for the other (a word first, refused beside the field),
 * uploads a report with a bad line (refused with the line), then the right report with one attendee it
 * cannot match, resolves that attendee, and sees the chart count both members. Every page passes
 * {@link PageChecks}. Over plain HTTP, a report over 1 MiB is refused with 413 and a malformed one with
 * 400 naming the line, by the page's form and by the JSON API alike, and nothing is written.
 */
@DisplayName("Taking attendance in Chromium: one click per member, minutes, a report import and its unmatched attendee")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TakingAttendanceInChromiumIT extends ChromiumWalk {

    /** The packaged tool, deployed on node 1 for this class. */
    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    /** Ids of this run's course and activities: the database outlives a run, each walk needs a fresh group. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String WALKED = "390-" + RUN;
    private static final String OVER_HTTP = "391-" + RUN;

    /** The first session: a week from today, 19:00 to 20:30 in Berlin. */
    private static final LocalDate FIRST = LocalDate.now().plusDays(7);
    private static final String DAY = FIRST.format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
    private static final String ZOOM_HEADING = "Name (original name),User email,Join time,Leave time,Duration (minutes)\n";

    private static DevPlatform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = PlatformForTests.startWith(new Course("290-" + RUN, "BAL-ATT", "Balint group for attendance taking",
                List.of(ResourceLink.of(WALKED, "Balint group: Thursday evenings", "Attendance taken by the browser tests."),
                        ResourceLink.of(OVER_HTTP, "Balint group: Monday evenings", "Reports refused over HTTP."))));
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    @DisplayName("the leader marks Sam present with one click, enters Lena's minutes, imports a report and resolves its stranger")
    void takeAttendance() throws Exception {
        openLaunchPage();
        launch(WALKED, "Launch as leader");
        awaitTool("Set up this Balint group");
        fill("first_date", FIRST.toString());
        fill("first_time", "19:00");
        new Select(pages.find(By.id("f-zone"))).selectByValue("Europe/Berlin");
        type("video_link", "https://meet.example.org/balint-thursday");
        pages.find(By.cssSelector("button[type=submit]")).click();
        awaitTool("The group is set up");

        register(null);
        register("1003");

        launch(WALKED, "Launch as leader");
        awaitTool("Attendance");
        pages.find(By.xpath("//nav//button[normalize-space(.)='Attendance']")).click();
        awaitTool("Import the attendance report");
        assertThat(pages.find(By.id("att-sheet")).getText()).startsWith("Session 1:");
        assertThat(member("Sam Rivera").getText()).contains("Not recorded yet");
        pages.check("leader-attendance");

        member("Sam Rivera").findElement(By.xpath(".//button[normalize-space(.)='Mark present']")).click();
        awaitTool("Sam Rivera is marked present in session 1.");
        assertThat(member("Sam Rivera").getAttribute("data-standing")).isEqualTo("present");
        assertThat(member("Sam Rivera").getText()).contains("Present, 90 of 90 minutes; recorded by a leader.", "Mark absent");

        WebElement minutes = member("Lena Novak").findElement(By.name("minutes"));
        minutes.sendKeys("ninety");
        member("Lena Novak").findElement(By.xpath(".//button[normalize-space(.)='Save minutes']")).click();
        awaitTool("is not a whole number of minutes");
        WebElement refused = member("Lena Novak").findElement(By.name("minutes"));
        assertThat(refused.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(refused.getAttribute("value")).isEqualTo("ninety");
        WebElement reason = pages.find(By.id(refused.getAttribute("aria-describedby").split(" ")[1]));
        assertThat(reason.getText()).contains("enter digits only", "minutes-not-a-number");
        pages.check("leader-attendance-minutes-error");

        refused = member("Lena Novak").findElement(By.name("minutes"));
        refused.clear();
        refused.sendKeys("60", Keys.ENTER);
        awaitTool("Lena Novak was present 60 minutes in session 1.");
        assertThat(member("Lena Novak").getText()).contains("left early (30 minutes before the end), 60 of 90 minutes");

        upload(report("Sam Rivera,sam.rivera@example.org," + DAY + " 07:00:00 PM," + DAY + " 08:30:00 PM,90\n"
                + "Lena on her phone,," + DAY + " soon," + DAY + " 08:30:00 PM,85\n"));
        awaitTool("The report was not imported");
        assertThat(pages.find(By.id("att-report-errors")).getText()).contains("Line 3: the join time", "unparseable-join-time");
        assertThat(pages.find(By.id("att-report")).getAttribute("aria-invalid")).isEqualTo("true");
        pages.check("leader-attendance-report-error");

        upload(report("Sam Rivera,sam.rivera@example.org," + DAY + " 07:00:00 PM," + DAY + " 08:30:00 PM,90\n"
                + "Lena on her phone,," + DAY + " 07:05:00 PM," + DAY + " 08:30:00 PM,85\n"));
        awaitTool("Imported the Zoom report into session 1: 2 rows, 1 member matched; 1 attendee to resolve below.");
        WebElement who = pages.find(By.id("att-who-1"));
        assertThat(pages.find(By.cssSelector("label[for=att-who-1]")).getText())
                .isEqualTo("Who is Lena on her phone (line 3)?");
        pages.check("leader-attendance-resolve");

        new Select(who).selectByVisibleText("Lena Novak");
        pages.find(By.xpath("//button[normalize-space(.)='Save choices']")).click();
        awaitTool("Resolved 1 attendee: 1 assigned to members, 0 not members.");
        assertThat(driver.findElements(By.id("att-resolve"))).isEmpty();
        assertThat(pages.find(By.cssSelector("#att-chart ~ table tr[data-session='1'] td")).getText()).startsWith("2 of 2");
        assertThat(pages.find(By.cssSelector("#att-chart ~ table tr[data-session='2'] td")).getText()).isEqualTo("not recorded");
        pages.check("leader-attendance-chart");

        // The JSON API reads and changes the same sheet, with the session the page carries.
        String session = pages.find(By.name("launch_session")).getAttribute("value");
        String csrf = pages.find(By.name("csrf")).getAttribute("value");
        String group = field(api("GET", "/api/v1/me", session, null, "application/json", new byte[0]).body(), "group");
        String sheetPath = "/api/v1/groups/" + group + "/sessions/1/attendance";
        String sheet = api("GET", sheetPath, session, null, "application/json", new byte[0]).body();
        assertThat(sheet).contains("\"reportsImported\":1", "\"unmatched\":[]");
        Matcher sam = Pattern.compile("\\{[^{}]*\"member\":\"([^\"]+)\"[^{}]*\"name\":\"Sam Rivera\"").matcher(sheet);
        assertThat(sam.find()).as(sheet).isTrue();
        String samPath = sheetPath + "/members/" + sam.group(1);
        HttpResponse<String> minutesByApi = api("PUT", samPath, session, csrf, "application/json",
                "{\"minutes\":45}".getBytes(StandardCharsets.UTF_8));
        assertThat(minutesByApi.statusCode()).as(minutesByApi.body()).isEqualTo(200);
        assertThat(minutesByApi.body()).contains("\"notice\":\"Sam Rivera was present 45 minutes in session 1.\"",
                "\"minutesPresent\":45");
        HttpResponse<String> wordByApi = api("PUT", samPath, session, csrf, "application/json",
                "{\"minutes\":\"ninety\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(wordByApi.statusCode()).isEqualTo(400);
        assertThat(wordByApi.body()).contains("\"code\":\"minutes-not-a-number\"");
        HttpResponse<String> absentByApi = api("PUT", samPath, session, csrf, "application/json",
                "{\"mark\":\"absent\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(absentByApi.statusCode()).as(absentByApi.body()).isEqualTo(200);
        assertThat(absentByApi.body()).contains("\"standing\":\"absent\"");
    }

    @Test
    @DisplayName("over HTTP a report over 1 MiB gets 413 and a malformed one 400 with its line, from the form and the API; nothing is written")
    void oversizedAndMalformedReports() throws Exception {
        Browser http = new Browser();
        String setUp = launchOverHttp(http, OVER_HTTP, "1001").body();
        assertThat(setUp).contains("Set up this Balint group");
        String fields = "launch_session=" + encode(hidden(setUp, "launch_session")) + "&csrf=" + encode(hidden(setUp, "csrf"));
        HttpResponse<String> home = http.post(toolBase().resolve("/lti/group/setup"), fields
                + "&title=" + encode("Balint group: Monday evenings") + "&leader_name=" + encode("Mira Okafor")
                + "&leader_email=" + encode("mira.okafor@example.org") + "&first_date=" + FIRST
                + "&first_time=19:00&sessions=8&minutes=90&zone=Europe%2FBerlin&video_link="
                + encode("https://meet.example.org/balint-monday"));
        assertThat(home.body()).as(home.body()).contains("The group is set up");
        String session = hidden(setUp, "launch_session");
        String csrf = hidden(setUp, "csrf");

        byte[] oversized = new byte[1024 * 1024 + 1];
        Arrays.fill(oversized, (byte) 'x');
        HttpResponse<String> tooLarge = multipart(session, csrf, oversized);
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("The file is larger than 1 MiB", "report-too-large");

        byte[] malformed = (ZOOM_HEADING + "Sam Rivera,sam.rivera@example.org," + DAY + " 07:00:00 PM," + DAY
                + " 08:30:00 PM,90\nLena Novak,lena.novak@example.org," + DAY + " 07:00:00 PM\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> badLine = multipart(session, csrf, malformed);
        assertThat(badLine.statusCode()).as(badLine.body()).isEqualTo(400);
        assertThat(badLine.body()).contains("Line 3: the row has 3 fields but the heading has 5 columns",
                "wrong-number-of-fields");

        String group = field(api("GET", "/api/v1/me", session, null, "application/json", new byte[0]).body(), "group");
        String reportPath = "/api/v1/groups/" + group + "/sessions/1/attendance-report";
        HttpResponse<String> apiTooLarge = api("POST", reportPath, session, csrf, "text/csv", oversized);
        assertThat(apiTooLarge.statusCode()).as(apiTooLarge.body()).isEqualTo(413);
        assertThat(apiTooLarge.body()).contains("\"code\":\"report-too-large\"");
        HttpResponse<String> apiBadLine = api("POST", reportPath, session, csrf, "text/csv", malformed);
        assertThat(apiBadLine.statusCode()).as(apiBadLine.body()).isEqualTo(400);
        assertThat(apiBadLine.body()).contains("\"code\":\"wrong-number-of-fields\"", "\"message\":\"line 3: the row has 3");
        HttpResponse<String> noCsrf = api("POST", reportPath, session, null, "text/csv", malformed);
        assertThat(noCsrf.statusCode()).isEqualTo(403);

        HttpResponse<String> sheet = api("GET", "/api/v1/groups/" + group + "/sessions/1/attendance", session, null,
                "application/json", new byte[0]);
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.body()).contains("\"reportsImported\":0", "\"unmatched\":[]");
    }

    // ---------------------------------------------------------------- the browser walk

    private void register(String person) {
        if (person == null) {
            launch(WALKED, "Launch as member");
        } else {
            driver.switchTo().defaultContent();
            driver.findElement(By.tagName("summary")).click();
            new Select(driver.findElement(By.id("person"))).selectByValue(person);
            launch(WALKED, "Launch as the chosen person");
        }
        awaitTool("Register for Balint group: Thursday evenings");
        new Select(pages.find(By.id("f-discipline"))).selectByValue("PHYSICIAN");
        type("detail", "family medicine");
        for (WebElement box : pages.find(By.tagName("form")).findElements(By.cssSelector("input[type=checkbox][name^=attest_]"))) {
            box.sendKeys(Keys.SPACE);
        }
        pages.find(By.cssSelector("button[type=submit]")).click();
        awaitTool("Accepted.");
    }

    /** The sheet's entry of the member named {@code name}. */
    private WebElement member(String name) {
        return pages.find(By.xpath("//li[@data-member][.//h3[normalize-space(.)='" + name + "']]"));
    }

    private Path report(String rows) throws Exception {
        Path file = Files.createTempFile("attendance-", ".csv");
        Files.writeString(file, ZOOM_HEADING + rows);
        file.toFile().deleteOnExit();
        return file;
    }

    private void upload(Path file) {
        pages.find(By.id("att-report")).sendKeys(file.toAbsolutePath().toString());
        pages.find(By.xpath("//button[normalize-space(.)='Import report']")).click();
    }

    private void openLaunchPage() {
        pages.openLaunchPage(platform);
    }

    private void launch(String resourceLink, String button) {
        driver.switchTo().defaultContent();
        new Select(driver.findElement(By.id("resource_link"))).selectByValue(resourceLink);
        driver.findElement(By.xpath("//button[contains(normalize-space(.), '" + button + "')]")).click();
    }

    private void awaitTool(String text) {
        pages.awaitTool(text);
    }

    private void type(String name, String text) {
        pages.type(name, text);
    }

    private void fill(String name, String value) {
        pages.fill(name, value);
    }

    // ---------------------------------------------------------------- plain HTTP

    private static URI toolBase() {
        return ToolOnLiberty.node1();
    }

    private static HttpResponse<String> launchOverHttp(Browser browser, String link, String person) throws Exception {
        HttpResponse<String> loginPage = browser.post(platform.baseUrl().resolve("/launch"),
                "as=" + person + "&resource_link=" + link);
        AutoSubmitForm initiation = AutoSubmitForm.parse(loginPage.body()).orElseThrow();
        URI auth = Browser.loginTarget(browser.submit(initiation));
        AutoSubmitForm idToken = AutoSubmitForm.parse(browser.get(auth).body()).orElseThrow();
        HttpResponse<String> page = browser.submit(idToken);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page;
    }

    /** Posts the page's import form as a browser would: multipart/form-data with the file and the form's fields. */
    private static HttpResponse<String> multipart(String session, String csrf, byte[] file) throws Exception {
        String boundary = "----attendance" + RUN;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : Map.of("launch_session", session, "csrf", csrf, "session", "1").entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"; filename=\"report.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(toolBase().resolve("/lti/attendance/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> api(String method, String path, String session, String csrf, String type,
            byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(toolBase().resolve(path)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + session);
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        if ("GET".equals(method)) {
            request.GET();
        } else {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher field = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertThat(field.find()).as(name + " in " + json).isTrue();
        return field.group(1);
    }
}
