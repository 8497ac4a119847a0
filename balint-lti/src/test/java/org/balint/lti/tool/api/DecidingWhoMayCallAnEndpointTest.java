package org.balint.lti.tool.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.balint.core.group.GroupId;
import org.balint.core.group.MemberId;
import org.balint.lti.protocol.message.PlatformDeployment;
import org.balint.lti.tool.launch.BalintRole;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Deciding who may call an endpoint of the API")
class DecidingWhoMayCallAnEndpointTest {

    private static final PlatformDeployment MOODLE = new PlatformDeployment("https://moodle.example.edu", "tool", "1");
    private static final GroupId TUESDAY = new GroupId("g-tuesday");
    private static final GroupId THURSDAY = new GroupId("g-thursday");
    private static final MemberId SAM = new MemberId("m-sam");
    private static final MemberId ALEX = new MemberId("m-alex");
    private static final MemberId MIRA = new MemberId("m-mira");
    private static final MemberId ADA = new MemberId("m-ada");
    private static final MemberId STRANGER = new MemberId("m-stranger");

    /** The caller's tenant's groups: Tuesday (Mira leads, Sam and Alex are members) and Thursday. */
    private static final Map<GroupId, GroupPeople> TENANT = Map.of(
            TUESDAY, new GroupPeople(TUESDAY, Set.of(SAM, ALEX), Set.of(MIRA)),
            THURSDAY, new GroupPeople(THURSDAY, Set.of(STRANGER), Set.of(new MemberId("m-other-leader"))));
    private static final Function<GroupId, Optional<GroupPeople>> GROUPS = id -> Optional.ofNullable(TENANT.get(id));

    private static final Set<Access> MEMBER_RECORDS = EnumSet.of(Access.MEMBER_SELF, Access.FACULTY_OF_GROUP,
            Access.ADMIN_OF_PLATFORM);
    private static final Set<Access> SCHEDULE = EnumSet.of(Access.GROUP_PARTICIPANT, Access.ADMIN_OF_PLATFORM);

    private static Caller caller(MemberId member, BalintRole role, GroupId launched) {
        return new Caller(MOODLE, member, EnumSet.of(role), Optional.of(launched));
    }

    private static Caller caller(String who) {
        return switch (who) {
            case "sam" -> caller(SAM, BalintRole.MEMBER, TUESDAY);
            case "alex" -> caller(ALEX, BalintRole.MEMBER, TUESDAY);
            case "mira" -> caller(MIRA, BalintRole.LEADER, TUESDAY);
            case "ada" -> caller(ADA, BalintRole.ADMIN, TUESDAY);
            case "unjoined-leader" -> caller(new MemberId("m-jonas"), BalintRole.LEADER, TUESDAY);
            case "registrant" -> caller(new MemberId("m-waiting"), BalintRole.MEMBER, TUESDAY);
            case "thursday-member" -> caller(STRANGER, BalintRole.MEMBER, THURSDAY);
            default -> throw new IllegalArgumentException(who);
        };
    }

    private static String outcome(AccessRules.Decision decision) {
        return decision instanceof AccessRules.Refused refused
                ? refused.refusal().status() + " " + refused.refusal().problem().code()
                : "200";
    }

    @ParameterizedTest(name = "{0} asking for {2}''s records in {1}: {3}")
    @DisplayName("a member's records: the member themselves, the group's faculty and the platform's administrator")
    @CsvSource({
        "sam,              g-tuesday,  me,          200",
        "sam,              g-tuesday,  m-sam,       200",
        "sam,              g-tuesday,  m-alex,      403 own-records-only",
        "sam,              g-tuesday,  m-nobody,    403 own-records-only",
        "sam,              g-thursday, me,          404 group-not-found",
        "sam,              g-thursday, m-stranger,  404 group-not-found",
        "sam,              g-unknown,  me,          404 group-not-found",
        "registrant,       g-tuesday,  me,          403 not-a-member",
        "mira,             g-tuesday,  m-sam,       200",
        "mira,             g-tuesday,  m-alex,      200",
        "mira,             g-tuesday,  m-stranger,  404 member-not-found",
        "mira,             g-tuesday,  me,          404 member-not-found",
        "mira,             g-thursday, m-stranger,  404 group-not-found",
        "unjoined-leader,  g-tuesday,  m-sam,       403 faculty-only",
        "ada,              g-tuesday,  m-sam,       200",
        "ada,              g-thursday, m-stranger,  200",
        "ada,              g-tuesday,  m-stranger,  404 member-not-found",
        "thursday-member,  g-tuesday,  m-sam,       404 group-not-found",
    })
    void memberRecords(String who, String group, String member, String expected) {
        assertThat(outcome(AccessRules.decide(MEMBER_RECORDS, caller(who), Optional.of(group), Optional.of(member),
                GROUPS))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} asking for the schedule of {1}: {2}")
    @DisplayName("a group's schedule: whoever launched from its placement, and the platform's administrator")
    @CsvSource({
        "sam,             g-tuesday,  200",
        "registrant,      g-tuesday,  200",
        "mira,            g-tuesday,  200",
        "unjoined-leader, g-tuesday,  200",
        "ada,             g-thursday, 200",
        "sam,             g-thursday, 404 group-not-found",
        "thursday-member, g-tuesday,  404 group-not-found",
        "mira,            g-unknown,  404 group-not-found",
    })
    void schedule(String who, String group, String expected) {
        assertThat(outcome(AccessRules.decide(SCHEDULE, caller(who), Optional.of(group), Optional.empty(), GROUPS)))
                .isEqualTo(expected);
    }

    @Test
    @DisplayName("the resolved member of 'me' is the caller; of an id, that member")
    void resolvesMe() {
        assertThat(AccessRules.decide(MEMBER_RECORDS, caller("sam"), Optional.of("g-tuesday"), Optional.of("me"), GROUPS))
                .isEqualTo(new AccessRules.Granted(GROUPS.apply(TUESDAY), Optional.of(SAM)));
        assertThat(AccessRules.decide(MEMBER_RECORDS, caller("mira"), Optional.of("g-tuesday"), Optional.of("m-alex"),
                GROUPS)).isEqualTo(new AccessRules.Granted(GROUPS.apply(TUESDAY), Optional.of(ALEX)));
    }

    @Test
    @DisplayName("an endpoint about the caller alone admits any caller, and nobody about someone else")
    void anyCaller() {
        Set<Access> me = EnumSet.of(Access.ANY_CALLER);
        assertThat(outcome(AccessRules.decide(me, caller("sam"), Optional.empty(), Optional.empty(), GROUPS)))
                .isEqualTo("200");
        assertThat(outcome(AccessRules.decide(me, caller("sam"), Optional.empty(), Optional.of("m-alex"), GROUPS)))
                .isEqualTo("403 own-records-only");
        assertThat(outcome(AccessRules.decide(me, caller("sam"), Optional.of("g-tuesday"), Optional.empty(), GROUPS)))
                .isEqualTo("404 group-not-found");
    }

    @Test
    @DisplayName("an endpoint about the platform as a whole admits its administrators and refuses everyone else")
    void platformAdmins() {
        Set<Access> platform = EnumSet.of(Access.ADMIN_OF_PLATFORM);
        assertThat(outcome(AccessRules.decide(platform, caller("ada"), Optional.empty(), Optional.empty(), GROUPS)))
                .isEqualTo("200");
        assertThat(outcome(AccessRules.decide(platform, caller("mira"), Optional.empty(), Optional.empty(), GROUPS)))
                .isEqualTo("403 admin-only");
        assertThat(outcome(AccessRules.decide(platform, caller("sam"), Optional.empty(), Optional.empty(), GROUPS)))
                .isEqualTo("403 admin-only");
    }

    @Test
    @DisplayName("an endpoint that declares no rule admits nobody")
    void undeclared() {
        assertThat(outcome(AccessRules.decide(Set.of(), caller("ada"), Optional.of("g-tuesday"), Optional.empty(), GROUPS)))
                .isEqualTo("403 access-rule-missing");
    }

    @Test
    @DisplayName("a group id that could not exist (blank) is not found, without a lookup")
    void blankGroup() {
        assertThat(outcome(AccessRules.decide(SCHEDULE, caller("sam"), Optional.of(" "), Optional.empty(), id -> {
            throw new AssertionError("no lookup expected");
        }))).isEqualTo("404 group-not-found");
    }

    @ParameterizedTest(name = "{0} on a platform endpoint: {1}")
    @DisplayName("an endpoint about the platform (no group) admits the platform's administrator only, and names no other platform")
    @CsvSource({
        "ada,              200",
        "mira,             403 admin-only",
        "sam,              403 admin-only",
        "unjoined-leader,  403 admin-only",
    })
    void platform(String who, String expected) {
        Set<Access> platform = EnumSet.of(Access.ADMIN_OF_PLATFORM);
        AccessRules.Decision decision = AccessRules.decide(platform, caller(who), Optional.empty(), Optional.empty(), id -> {
            throw new AssertionError("a platform endpoint looks up no group");
        });
        assertThat(outcome(decision)).isEqualTo(expected);
        if (decision instanceof AccessRules.Granted granted) {
            assertThat(granted.group()).isEmpty();
            assertThat(granted.member()).isEmpty();
        }
    }

    @Test
    @DisplayName("a platform endpoint with a member in its path is not one: it admits nobody")
    void platformWithAMember() {
        assertThat(outcome(AccessRules.decide(EnumSet.of(Access.ADMIN_OF_PLATFORM), caller("ada"), Optional.empty(),
                Optional.of("m-sam"), GROUPS))).isEqualTo("403 access-rule-missing");
    }
}
