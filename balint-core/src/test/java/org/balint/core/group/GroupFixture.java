package org.balint.core.group;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/** Groups, people and moments in a series, described the way a coordinator would. */
public final class GroupFixture {

    public static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    /** The first session: Tuesday 12 January 2027, 19:00 in Chicago. */
    public static final LocalDateTime FIRST_EVENING = LocalDateTime.of(2027, 1, 12, 19, 0);
    public static final Duration FIRST_SESSION = Duration.ofMinutes(120);
    public static final Duration LATER_SESSION = Duration.ofMinutes(90);
    public static final String VIDEO_LINK = "https://meet.example.org/balint-spring";
    public static final GroupId GROUP_ID = new GroupId("spring-residents");

    private GroupFixture() {
    }

    public static FacultyMember leaderDrLevi() {
        return new FacultyMember(new MemberId("f-levi"), "Dr. Ruth Levi", ContactDetails.email("ruth.levi@example.org"));
    }

    public static FacultyMember coLeaderDrOkafor() {
        return new FacultyMember(new MemberId("f-okafor"), "Dr. Chidi Okafor", ContactDetails.email("c.okafor@example.org"));
    }

    public static FacultyMember candidateLeaderMsPark() {
        return new FacultyMember(new MemberId("f-park"), "Jin Park, LCSW", ContactDetails.email("jpark@example.org"));
    }

    /** Member number {@code n} (m1, m2, …): a family physician with their own e-mail address. */
    public static Member member(int n) {
        return new Member(new MemberId("m" + n), "Member " + n, Profession.physician("family medicine"),
                ContactDetails.email("member" + n + "@example.org"));
    }

    public static List<Member> members(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(GroupFixture::member).toList();
    }

    /** A newcomer who is not yet in any fixture group. */
    public static Member newcomerNadia() {
        return new Member(new MemberId("nadia"), "Nadia Haddad", Profession.nursePractitioner(),
                ContactDetails.email("nadia.haddad@example.org"));
    }

    /** Eight weekly sessions from the first evening: 120 minutes, then 90. */
    public static List<ScheduledSession> eightWeeklySessions() {
        return weeklySessions(8);
    }

    public static List<ScheduledSession> weeklySessions(int count) {
        return GroupSchedule.weeklySessions(CHICAGO, FIRST_EVENING, count, FIRST_SESSION, LATER_SESSION);
    }

    /** An empty eight-session series led by Dr. Levi, with default rules and nobody registered yet. */
    public static GroupDraft anEmptyDraft() {
        return BalintGroup.draft(GROUP_ID)
                .title("Balint group for residents, spring")
                .schedule(CHICAGO, eightWeeklySessions())
                .videoLink(VIDEO_LINK)
                .leader(leaderDrLevi());
    }

    public static GroupDraft aDraftWithMembers(int count) {
        return anEmptyDraft().members(members(count));
    }

    public static BalintGroup anEmptyGroup() {
        return anEmptyDraft().validate().orElseThrow();
    }

    public static BalintGroup aGroupOfSix() {
        return aDraftWithMembers(6).validate().orElseThrow();
    }

    /** Ten members, the default maximum, presenting two cases per session. */
    public static BalintGroup aFullGroupOfTen() {
        return aDraftWithMembers(10).rules(GroupRules.defaults().withCasesPerSession(2)).validate().orElseThrow();
    }

    public static BalintGroup aGroupOf(int count, GroupRules rules) {
        return aDraftWithMembers(count).rules(rules).validate().orElseThrow();
    }

    /** A week before the first session. */
    public static Instant aWeekBeforeTheSeries() {
        return FIRST_EVENING.minusWeeks(1).atZone(CHICAGO).toInstant();
    }

    /** One minute after session {@code n} of the eight weekly sessions ends. */
    public static Instant justAfterSession(int n) {
        return eightWeeklySessions().get(n - 1).end().plusSeconds(60);
    }

    /** Half an hour into session {@code n}. */
    public static Instant duringSession(int n) {
        return eightWeeklySessions().get(n - 1).start().plusSeconds(30 * 60);
    }
}
