package org.balint.lti.tool.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.balint.lti.tool.documents.DocumentsFixture.BERLIN;
import static org.balint.lti.tool.documents.DocumentsFixture.LEADER;
import static org.balint.lti.tool.documents.DocumentsFixture.TITLE;
import static org.balint.lti.tool.documents.DocumentsFixture.VIDEO;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.balint.core.certificate.Certificate;
import org.balint.core.certificate.Certificates;
import org.balint.core.certificate.RecordRetention;
import org.balint.core.credit.CompletionSharingConsent;
import org.balint.core.credit.CompletionSharingConsents;
import org.balint.core.credit.CreditClaim;
import org.balint.core.credit.CreditDecision;
import org.balint.core.credit.CreditRecord;
import org.balint.core.credit.CreditRecords;
import org.balint.core.credit.CreditType;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupRules;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.Groups;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.validation.Validated;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.support.TestDataSources;
import org.balint.lti.tool.course.CourseBindings;
import org.balint.lti.tool.course.LmsUser;
import org.balint.lti.tool.course.UserLinks;
import org.balint.lti.tool.launch.BalintRole;
import org.balint.lti.tool.placement.CourseKey;
import org.balint.lti.tool.session.ActiveSession;
import org.balint.lti.tool.session.LaunchSession;
import org.balint.persistence.tenant.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Who may download which of a group's documents")
class ServingGroupDocumentsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);
    private static final PlatformDeployment MOODLE = new PlatformDeployment("https://moodle.example.edu", "client-1", "1");
    private static final PlatformDeployment CANVAS = new PlatformDeployment("https://canvas.example.edu", "client-9", "1");
    private static final CourseKey SPRING = new CourseKey(MOODLE, Optional.of("42"), "link-7");

    private final DataSource tool = TestDataSources.fresh("documents");
    private final CourseBindings bindings = new CourseBindings(tool, CLOCK);
    private final UserLinks users = new UserLinks(tool, CLOCK);
    private final InMemoryDocumentRecords records = new InMemoryDocumentRecords();
    private final GroupDocuments documents = new GroupDocuments(bindings, users, records,
            new MemberCertificates(CertificateSettings.none(), CLOCK), "balint.example.org", CLOCK);

    private MemberId zoe;
    private MemberId ben;
    private MemberId mira;
    private BalintGroup group;

    @BeforeEach
    void aSpringGroupWithTwoMembersAndItsLeader() {
        zoe = link(MOODLE, "sub-zoe");
        ben = link(MOODLE, "sub-ben");
        mira = link(MOODLE, "sub-mira");
        group = BalintGroup.draft(new GroupId("g-spring"))
                .title(TITLE)
                .schedule(BERLIN, GroupSchedule.weeklySessions(BERLIN, LocalDateTime.of(2026, 3, 4, 19, 0), 8,
                        Duration.ofMinutes(90), Duration.ofMinutes(90)))
                .videoLink(VIDEO)
                .leader(new FacultyMember(mira, "Mira Okafor", LEADER.contact()))
                .members(List.of(DocumentsFixture.member(zoe.value(), "Zoë Ångström-Núñez"),
                        DocumentsFixture.member(ben.value(), "Ben Carter")))
                .rules(GroupRules.defaults().withCapacity(2, 10).withQuorum(2))
                .validate().orElseThrow();
        bindings.bindIfAbsent(SPRING, group.id());
        records.groups.put(group.id(), group);
    }

    @Test
    @DisplayName("a member downloads their own certificate as a PDF with their name")
    void ownCertificate() throws IOException {
        records.certificates.add(certificate(zoe, "Zoë Ångström-Núñez"));

        DocumentAnswer answer = documents.certificate(session(SPRING, "sub-zoe", BalintRole.MEMBER), Optional.empty(),
                Optional.empty());

        DocumentAnswer.File file = file(answer);
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("certificate-aafp-prescribed-credit-zoe-angstrom-nunez.pdf");
        try (PDDocument pdf = Loader.loadPDF(file.content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Zoë Ångström-Núñez").contains(TITLE);
        }
    }

    @Test
    @DisplayName("asking for another member's certificate is refused with 403 not-your-certificate")
    void someoneElsesCertificate() {
        records.certificates.add(certificate(ben, "Ben Carter"));

        assertRefused(documents.certificate(session(SPRING, "sub-zoe", BalintRole.MEMBER), Optional.of(ben.value()),
                Optional.empty()), 403, "not-your-certificate");
    }

    @Test
    @DisplayName("no certificate yet is 404 with what to do; an unknown kind of credit is 400")
    void noCertificateYet() {
        DocumentAnswer answer = documents.certificate(session(SPRING, "sub-ben", BalintRole.MEMBER), Optional.empty(),
                Optional.empty());

        assertRefused(answer, 404, "no-certificate-yet");
        assertThat(((DocumentAnswer.Refused) answer).message()).containsIgnoringCase("ask your group's leader");
        assertRefused(documents.certificate(session(SPRING, "sub-ben", BalintRole.MEMBER), Optional.empty(),
                Optional.of("category-1")), 400, "credit-type-unknown");
    }

    @Test
    @DisplayName("the leader, who is not a member, has no certificate of the group: 403 not-a-member")
    void leaderHasNoCertificate() {
        assertRefused(documents.certificate(session(SPRING, "sub-mira", BalintRole.LEADER), Optional.empty(),
                Optional.empty()), 403, "not-a-member");
    }

    @Test
    @DisplayName("members and the leader get the calendar; a learner who never registered gets 403 not-in-group")
    void calendar() {
        DocumentAnswer.File ics = file(documents.calendar(session(SPRING, "sub-zoe", BalintRole.MEMBER)));
        assertThat(ics.mediaType()).startsWith("text/calendar");
        assertThat(new String(ics.content(), StandardCharsets.UTF_8)).contains("BEGIN:VEVENT").contains("TZID=Europe/Berlin");
        file(documents.calendar(session(SPRING, "sub-mira", BalintRole.LEADER)));

        link(MOODLE, "sub-stranger");
        assertRefused(documents.calendar(session(SPRING, "sub-stranger", BalintRole.MEMBER)), 403, "not-in-group");
    }

    @Test
    @DisplayName("the credit roster and PARS export are for the group's leaders; a member is refused 403 leaders-only")
    void leaderExports() {
        records.credit.add(DocumentsFixture.aafpClaimedIn(group.id(), zoe, 40));
        records.credit.add(DocumentsFixture.aafpClaimedIn(group.id(), ben, 36));

        assertRefused(documents.creditRoster(session(SPRING, "sub-zoe", BalintRole.MEMBER)), 403, "leaders-only");
        assertRefused(documents.parsExport(session(SPRING, "sub-zoe", BalintRole.MEMBER), ""), 403, "leaders-only");
        DocumentAnswer.File roster = file(documents.creditRoster(session(SPRING, "sub-mira", BalintRole.LEADER)));
        assertThat(roster.mediaType()).startsWith("text/csv");
        assertThat(DocumentsFixture.parseCsv(roster.content())).hasSize(3);
    }

    @Test
    @DisplayName("a leader of the course who is not on the group's faculty gets 403 leaders-only")
    void leaderOfAnotherGroup() {
        link(MOODLE, "sub-other-leader");

        assertRefused(documents.creditRoster(session(SPRING, "sub-other-leader", BalintRole.LEADER)), 403, "leaders-only");
    }

    @Test
    @DisplayName("the PARS export lists only the members who said yes, and their latest answer counts")
    void parsFollowsConsent() {
        records.credit.add(DocumentsFixture.aafpClaimedIn(group.id(), zoe, 40));
        records.credit.add(DocumentsFixture.aafpClaimedIn(group.id(), ben, 36));
        assertThat(documents.answerSharing(session(SPRING, "sub-zoe", BalintRole.MEMBER), "yes"))
                .isInstanceOf(DocumentAnswer.Done.class);
        documents.answerSharing(session(SPRING, "sub-ben", BalintRole.MEMBER), "yes");
        documents.answerSharing(session(SPRING, "sub-ben", BalintRole.MEMBER), "no");

        List<List<String>> rows = DocumentsFixture.parseCsv(file(documents.parsExport(
                session(SPRING, "sub-mira", BalintRole.LEADER), "202612345")).content());

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith("Add", "202612345", "04/22/2026", "Zoë", "Ångström-Núñez");
        assertRefused(documents.parsExport(session(SPRING, "sub-mira", BalintRole.LEADER), "=cmd|' /C calc'!A0"), 400,
                "accme-activity-id-invalid");
        assertRefused(documents.answerSharing(session(SPRING, "sub-mira", BalintRole.LEADER), "yes"), 403, "not-a-member");
        assertRefused(documents.answerSharing(session(SPRING, "sub-zoe", BalintRole.MEMBER), "maybe"), 400,
                "share-completion-answer-missing");
    }

    @Test
    @DisplayName("nothing crosses platforms: the same course ids on another platform lead to no group")
    void otherPlatform() {
        link(CANVAS, "sub-zoe");

        assertRefused(documents.calendar(session(new CourseKey(CANVAS, Optional.of("42"), "link-7"), "sub-zoe",
                BalintRole.MEMBER)), 404, "group-not-set-up");
        assertRefused(documents.calendar(session(SPRING, "sub-unknown", BalintRole.MEMBER)), 401, "session-unknown");
    }

    private MemberId link(PlatformDeployment deployment, String subject) {
        return users.link(new LmsUser(deployment.issuer(), deployment.clientId(), subject, Optional.empty(),
                Optional.empty())).member();
    }

    private static ActiveSession session(CourseKey course, String subject, BalintRole role) {
        return new ActiveSession("token", "csrf", new LaunchSession(course, subject, EnumSet.of(role), Optional.empty(),
                CLOCK.instant(), CLOCK.instant().plusSeconds(3600)));
    }

    private Certificate certificate(MemberId member, String name) {
        Member who = DocumentsFixture.member(member.value(), name);
        return DocumentsFixture.aafpCertificate(who);
    }

    private static DocumentAnswer.File file(DocumentAnswer answer) {
        assertThat(answer).isInstanceOf(DocumentAnswer.File.class);
        return (DocumentAnswer.File) answer;
    }

    private static void assertRefused(DocumentAnswer answer, int status, String code) {
        assertThat(answer).isInstanceOfSatisfying(DocumentAnswer.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.status()).isEqualTo(status);
            assertThat(refused.message()).isNotBlank();
        });
    }
}
