package org.balint.lti.tool.documents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balint.core.certificate.Activity;
import org.balint.core.certificate.ActivityFormat;
import org.balint.core.certificate.Certificate;
import org.balint.core.certificate.Provider;
import org.balint.core.credit.CreditAward;
import org.balint.core.credit.CreditHours;
import org.balint.core.credit.CreditRecord;
import org.balint.core.credit.CreditRule;
import org.balint.core.credit.CreditType;
import org.balint.core.credit.RuleOutcome;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.ContactDetails;
import org.balint.core.group.FacultyMember;
import org.balint.core.group.GroupId;
import org.balint.core.group.GroupRules;
import org.balint.core.group.GroupSchedule;
import org.balint.core.group.Member;
import org.balint.core.group.MemberId;
import org.balint.core.group.Profession;

/** A spring series of family physicians in Berlin, with credit decided for some of its members. */
final class DocumentsFixture {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final GroupId SPRING = new GroupId("spring-2026");
    static final String TITLE = "Balint group for family physicians, spring 2026";
    static final String VIDEO = "https://meet.example.org/balint?room=7&pw=x";
    static final Instant SERIES_END = LocalDateTime.of(2026, 4, 22, 20, 30).atZone(BERLIN).toInstant();
    static final Instant DECIDED = Instant.parse("2026-04-23T08:00:00Z");
    static final Instant ISSUED = Instant.parse("2026-04-24T08:00:00Z");

    static final Member ZOE = member("zoe", "Zoë Ångström-Núñez");
    static final Member BEN = member("ben", "Ben Carter");
    static final Member MALLORY = member("mallory", "=HYPERLINK(\"https://evil.example\",\"click\")");
    static final Member NEWCOMER = member("newcomer", "Nia Okoye, \"Dr.\"");
    static final FacultyMember LEADER = new FacultyMember(new MemberId("leader"), "Dr. Hannah Weiss",
            ContactDetails.email("weiss@example.org"));

    static final List<String> AAFP_STATEMENTS = List.of(
            "This Live activity, Balint group for family physicians, spring 2026, with a beginning date of March 4, 2026,"
                    + " has been reviewed and is acceptable for up to 12.00 Prescribed credit(s) by the American Academy of"
                    + " Family Physicians.",
            "Physicians should claim only the credit commensurate with the extent of their participation in the activity.");

    private DocumentsFixture() {
    }

    static Member member(String id, String name) {
        return new Member(new MemberId(id), name, Profession.physician("family medicine"),
                ContactDetails.email(id + "@example.org"));
    }

    static BalintGroup group() {
        return BalintGroup.draft(SPRING)
                .title(TITLE)
                .schedule(BERLIN, GroupSchedule.weeklySessions(BERLIN, LocalDateTime.of(2026, 3, 4, 19, 0), 8,
                        Duration.ofMinutes(90), Duration.ofMinutes(90)))
                .videoLink(VIDEO)
                .leader(LEADER)
                .members(List.of(ZOE, BEN, MALLORY, NEWCOMER))
                .rules(GroupRules.defaults().withCapacity(2, 10).withQuorum(2))
                .validate()
                .orElseThrow();
    }

    /** Zoë and Mallory earned 10.00 AAFP credit and claimed it; Ben did not attend enough; Nia has no decision. */
    static List<CreditRecord> records() {
        List<CreditRecord> records = new ArrayList<>();
        records.add(aafpClaimed(ZOE, 40));
        records.add(aafpClaimed(MALLORY, 36));
        records.add(new CreditRecord(SPRING, BEN.id(), CreditType.AAFP_PRESCRIBED, false,
                new CreditAward.Credit(CreditHours.ZERO),
                List.of(new RuleOutcome(CreditRule.FORMAL_TIME_ATTENDED, false,
                        "No formal time attended, so no credit: attend the sessions, or ask the leader to correct the record.",
                        List.of())),
                List.of(), SERIES_END, DECIDED, 1, Optional.empty()));
        records.add(new CreditRecord(SPRING, ZOE.id(), CreditType.SERIES_COMPLETION, true,
                new CreditAward.SessionsAttended(7, 6, 8), List.of(), List.of(), SERIES_END, DECIDED, 1, Optional.empty()));
        return records;
    }

    static CreditRecord aafpClaimed(Member member, long quarterHours) {
        return aafpClaimedIn(SPRING, member.id(), quarterHours);
    }

    static CreditRecord aafpClaimedIn(GroupId group, MemberId member, long quarterHours) {
        CreditHours credit = CreditHours.ofQuarterHours(quarterHours);
        return new CreditRecord(group, member, CreditType.AAFP_PRESCRIBED, true, new CreditAward.Credit(credit),
                List.of(), List.of(), SERIES_END, DECIDED, 1,
                Optional.of(new CreditRecord.Claimed(credit, DECIDED.plusSeconds(60))));
    }

    static Activity activity() {
        return new Activity(TITLE, ActivityFormat.LIVE, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 4, 22));
    }

    static Certificate aafpCertificate(Member member) {
        return new Certificate(member.id(), member.name(), new Provider("Riverside Family Medicine Residency, Office of CME"),
                activity(), CreditType.AAFP_PRESCRIBED, new CreditAward.Credit(CreditHours.ofQuarterHours(40)),
                AAFP_STATEMENTS, ISSUED);
    }

    static Certificate completionCertificate(Member member) {
        return new Certificate(member.id(), member.name(), new Provider("Riverside Family Medicine Residency, Office of CME"),
                activity(), CreditType.SERIES_COMPLETION, new CreditAward.SessionsAttended(7, 6, 8), List.of(), ISSUED);
    }

    /** Reads an RFC 4180 file back into rows of fields (the byte order mark dropped). */
    static List<List<String>> parseCsv(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            throw new AssertionError("the file does not end with CRLF");
        }
        return rows;
    }
}
