package it.org.balint.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.balint.core.attendance.AttendanceSheet;
import org.balint.core.attendance.AttendanceThresholds;
import org.balint.core.attendance.EnteredInterval;
import org.balint.core.audit.Actor;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.GroupId;
import org.balint.core.group.Member;
import org.balint.core.group.ScheduledSession;
import org.balint.devplatform.Course;
import org.balint.devplatform.DevPlatform;
import org.balint.devplatform.ResourceLink;
import org.balint.persistence.attendance.JpaAttendanceSheets;
import org.balint.persistence.database.StandaloneDatabase;
import org.balint.persistence.group.JpaGroups;
import org.balint.persistence.tenant.Tenant;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.Tenants;
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
 * A member's home page in headless Chromium, launched from the dev platform: the leader sets a group up
 * and two members register; the series then lies in the past with one member present at every session
 * and the other at none (arranged in the database, as the attendance pages would record it); the leader
 * records credit; the members open their home. The one with credit sees the schedule in the group's
 * zone, changes it to hers, sees her attendance and the reasons of her credit, and downloads her
 * certificate (a PDF with her name, credit and the accreditation statement) and the calendar (one event
 * per session); the one without credit is told why and what is still needed, and a download of a
 * certificate is refused with that sentence. Every page passes the checks of {@link PageChecks}.
 */
@DisplayName("A member's home page in Chromium: schedule in their zone, attendance, credit reasons, certificate and calendar")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberHomeInChromiumIT extends ChromiumWalk {

    /** The packaged tool, deployed on node 1 for this class. */
    @Deployment(testable = false)
    @TargetsContainer("node-1")
    static WebArchive tool() {
        return ToolArchive.packaged();
    }

    /** Ids of this run's course and activity: the database outlives a run, the walk needs a fresh group. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String COURSE = "292-" + RUN;
    private static final String LINK = "393-" + RUN;
    private static final String TITLE = "Balint group: Tuesday evenings " + RUN;
    private static final int SESSIONS = 8;
    /** How far the series is moved back: nine weeks, so that its last session (week 8 from tomorrow) is over. */
    private static final int DAYS_BACK = 63;

    private static DevPlatform platform;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = PlatformForTests.startWith(new Course(COURSE, "BAL-HOME", "Balint group for family physicians, members' home",
                List.of(ResourceLink.of(LINK, TITLE, "Walked through by the member's home tests."))));
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    @DisplayName("after the series the member sees her attendance and credit, changes her time zone and downloads her"
            + " certificate and the calendar; a member without credit is told what is still needed")
    void memberHome() throws Exception {
        openLaunchPage();
        launch("Launch as leader", null);
        awaitTool("Set up this Balint group");
        type("title", TITLE);
        fill("first_date", LocalDate.now().plusDays(1).toString());
        fill("first_time", "19:00");
        type("sessions", String.valueOf(SESSIONS));
        new Select(pages.find(By.id("f-zone"))).selectByValue("Europe/Berlin");
        type("video_link", "https://meet.example.org/balint-tuesday");
        pages.find(By.cssSelector("button[type=submit]")).click();
        awaitTool("The group is set up");

        register("Launch as member", null);
        register("Launch as the chosen person", "1003");

        ScheduledSession first = seriesInThePastWithSamAtEverySession();

        launch("Launch as leader", null);
        awaitTool("You lead this group");
        HttpResponse<byte[]> leadersZone = post("/lti/member/time-zone", formOf("calendar") + "&time_zone=Europe%2FParis");
        assertThat(leadersZone.statusCode()).as("the time-zone form is a member's").isEqualTo(403);
        assertThat(new String(leadersZone.body(), StandardCharsets.UTF_8)).contains("members-only");
        pages.find(By.xpath("//nav[@aria-label='Group pages']//button[normalize-space(.)='Credit']")).click();
        awaitTool("Record credit decisions");
        pages.find(By.xpath("//button[contains(normalize-space(.), 'Record credit decisions')]")).click();
        awaitTool("Recorded 2 decisions");

        launch("Launch as member", null);
        awaitTool("Your credit");
        String home = frameText();
        assertThat(home).contains(TITLE, "Led by Mira Okafor", "Times in Europe/Berlin, the group's time zone.",
                "The series is over", "Awarded.", "Met:", "https://meet.example.org/balint-tuesday",
                "The rotation plan is not published yet");
        assertThat(home.split("present", -1).length - 1).as("present at every session: " + home)
                .isGreaterThanOrEqualTo(SESSIONS);
        assertThat(pages.find(By.cssSelector("table tbody tr td")).getText()).contains(times(first, "Europe/Berlin"));
        pages.check("member-home");

        new Select(pages.find(By.id("time-zone"))).selectByValue("America/Toronto");
        pages.find(By.xpath("//button[normalize-space(.)='Show these times']")).click();
        awaitTool("Times are now shown in America/Toronto.");
        assertThat(frameText()).contains("Times in America/Toronto, the time zone you chose.");
        assertThat(pages.find(By.cssSelector("table tbody tr td")).getText()).contains(times(first, "America/Toronto"));
        pages.check("member-home-time-zone");

        HttpResponse<byte[]> notAZone = post("/lti/member/time-zone", formOf("calendar") + "&time_zone=Mars%2FOlympus");
        assertThat(notAZone.statusCode()).isEqualTo(400);
        assertThat(new String(notAZone.body(), StandardCharsets.UTF_8)).contains("Your time zone was not changed.",
                "&quot;Mars/Olympus&quot; is not a time zone", "aria-invalid=\"true\"");
        assertThat(frameText()).as("nothing was stored").contains("Times in America/Toronto");

        byte[] pdf = download("certificate", "application/pdf");
        try (PDDocument certificate = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(certificate).replaceAll("\\s+", " ");
            // The provider and statements are the server's (jvm.options) unless an administrator test saved its
            // platform's own in the shared database first, which come before the server's: both name Riverside.
            assertThat(text).contains("Sam Rivera", TITLE, "AAFP Prescribed credit", "Riverside", "Certificate ID BLT-");
        }
        String calendar = new String(download("calendar", "text/calendar"), StandardCharsets.UTF_8);
        assertThat(Pattern.compile("(?m)^BEGIN:VEVENT\\r?$").matcher(calendar).results().count()).isEqualTo(SESSIONS);
        assertThat(frameText()).as("once issued, the certificate is still offered").contains("Download my certificate");

        openLaunchPage();
        launch("Launch as the chosen person", "1003");
        awaitTool("Your credit");
        String lena = frameText();
        assertThat(lena).contains("Not awarded.", "Not met:", "Certificate: Your credit decision does not award",
                "ask your group's leader to correct it");
        assertThat(driver.findElements(By.xpath("//button[contains(., 'Download my certificate')]"))).isEmpty();
        pages.check("member-home-no-credit");
        HttpResponse<byte[]> refused = post("/lti/documents/certificate", formOf("calendar"));
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("not-eligible-for-credit",
                "does not award AAFP Prescribed credit");
    }

    /** Registers the person launched by {@code button} (the chosen {@code person}, if named) as a physician. */
    private void register(String button, String person) {
        launch(button, person);
        awaitTool("Register for " + TITLE);
        pages.find(By.id("f-detail")).sendKeys("family medicine");
        new Select(pages.find(By.id("f-discipline"))).selectByValue("PHYSICIAN");
        for (WebElement box : pages.find(By.tagName("form")).findElements(By.cssSelector("input[type=checkbox][name^=attest_]"))) {
            box.sendKeys(Keys.SPACE);
        }
        pages.find(By.cssSelector("button[type=submit]")).click();
        awaitTool("Accepted.");
    }

    /**
     * Moves the series nine weeks back, so that it is over, and records Sam Rivera present at every
     * session in full and Lena Novak at none, as a leader would on the attendance pages.
     *
     * @return the first session, as it now lies
     */
    private ScheduledSession seriesInThePastWithSamAtEverySession() throws Exception {
        try (StandaloneDatabase database = ToolDatabaseForTests.open()) {
            GroupId group;
            try (Connection connection = database.connection().dataSource().getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement find = connection.prepareStatement(
                        "SELECT id, group_key FROM group_series WHERE title = ?")) {
                    find.setString(1, TITLE);
                    try (ResultSet row = find.executeQuery()) {
                        assertThat(row.next()).as("the group " + TITLE + " is stored").isTrue();
                        long id = row.getLong(1);
                        group = new GroupId(row.getString(2));
                        String shift = ToolDatabaseForTests.postgres()
                                ? "UPDATE group_session SET starts_at = starts_at - INTERVAL '" + DAYS_BACK + " days'"
                                        + " WHERE group_id = ?"
                                : "UPDATE group_session SET starts_at = {fn TIMESTAMPADD(SQL_TSI_DAY, -" + DAYS_BACK
                                        + ", starts_at)} WHERE group_id = ?";
                        try (PreparedStatement update = connection.prepareStatement(shift)) {
                            update.setLong(1, id);
                            assertThat(update.executeUpdate()).isEqualTo(SESSIONS);
                        }
                    }
                }
                connection.commit();
            }
            Tenant tenant = new Tenant(platform.issuer().toString().replaceAll("/$", ""), "1");
            return database.inTransaction(em -> {
                TenantScope scope = new Tenants(Clock.systemUTC()).find(em, tenant).orElseThrow();
                BalintGroup found = new JpaGroups(scope, () -> em).find(group).orElseThrow();
                assertThat(found.schedule().sessions()).allSatisfy(s -> assertThat(s.end()).isBefore(java.time.Instant.now()));
                Member sam = found.members().stream().filter(m -> m.name().equals("Sam Rivera")).findFirst().orElseThrow();
                JpaAttendanceSheets sheets = new JpaAttendanceSheets(scope, () -> em);
                for (ScheduledSession session : found.schedule().sessions()) {
                    sheets.save(AttendanceSheet.open(found.id(), session, AttendanceThresholds.defaults())
                            .setPresence(sam.id(), List.of(new EnteredInterval(session.start(), session.end())),
                                    found.members(), Actor.person(found.faculty().leader().id()), Clock.systemUTC())
                            .orElseThrow());
                }
                return found.schedule().sessions().get(0);
            });
        }
    }

    /** How the page shows {@code session}'s start and end times in {@code zone}, e.g. "19:00–20:30". */
    private static String times(ScheduledSession session, String zone) {
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
        java.time.ZoneId id = java.time.ZoneId.of(zone);
        return time.format(session.start().atZone(id)) + "–" + time.format(session.end().atZone(id));
    }

    /** Posts the hidden fields of the page's {@code document} download form and answers with the file. */
    private byte[] download(String document, String mediaType) throws Exception {
        HttpResponse<byte[]> file = post("/lti/documents/" + document, formOf(document));
        assertThat(file.statusCode()).as(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith(mediaType);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        return file.body();
    }

    /** The session fields of the page's form posting to {@code lti/documents/{document}}, as a form body. */
    private String formOf(String document) {
        WebElement form = pages.find(By.cssSelector("form[action$='lti/documents/" + document + "']"));
        return "launch_session=" + encode(form.findElement(By.name("launch_session")).getAttribute("value"))
                + "&csrf=" + encode(form.findElement(By.name("csrf")).getAttribute("value"));
    }

    /** Posts {@code body} to {@code path} of the tool, as the page's form would. */
    private static HttpResponse<byte[]> post(String path, String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(ToolOnLiberty.node1().resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String frameText() {
        pages.intoFrame();
        return driver.findElement(By.tagName("body")).getText();
    }

    private void openLaunchPage() {
        pages.openLaunchPage(platform);
    }

    /** Chooses the activity on the platform's page and presses a launch button, as {@code person} if named. */
    private void launch(String button, String person) {
        driver.switchTo().defaultContent();
        new Select(driver.findElement(By.id("resource_link"))).selectByValue(LINK);
        if (person != null) {
            WebElement details = driver.findElement(By.tagName("details"));
            if (details.getAttribute("open") == null) {
                driver.findElement(By.tagName("summary")).click();
            }
            new Select(driver.findElement(By.id("person"))).selectByValue(person);
        }
        driver.findElement(By.xpath("//button[contains(normalize-space(.), '" + button + "')]")).click();
    }

    /** Waits until the tool's frame shows {@code text}, and stays in the frame. */
    private void awaitTool(String text) {
        pages.awaitTool(text);
    }

    private void type(String name, String text) {
        pages.type(name, text);
    }

    private void fill(String name, String value) {
        pages.fill(name, value);
    }
}
