package org.balint.lti.tool.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.balint.core.group.BalintGroup;
import org.balint.core.group.MemberId;
import org.balint.core.registration.GroupRegistrations;
import org.balint.lti.protocol.services.roster.RosterClient;
import org.balint.lti.protocol.support.StubHttpServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("A malformed, wrongly typed, huge or implausible roster changes nothing")
class RefusingABadRosterTest {

    private static final String NRPS = RosterClient.MEDIA_TYPE;
    private static final String GOOD_MEMBER = "{\"user_id\":\"1\",\"roles\":[\"Instructor\"]}";

    private final RosterRig rig = new RosterRig("bad").withGroup();

    @AfterEach
    void stop() {
        rig.close();
    }

    static java.util.stream.Stream<Arguments> badAnswers() {
        String huge = "{\"context\":{\"id\":\"2\"},\"members\":[" + IntStream.range(0, 2000)
                .mapToObj(i -> "{\"user_id\":\"u" + i + "\",\"roles\":[\"Learner\"],\"name\":\"Someone with a long name " + i + "\"}")
                .collect(Collectors.joining(",")) + "]}";
        return java.util.stream.Stream.of(
                Arguments.of("members is not a list", Reply.of(200, NRPS, "{\"members\":\"everyone\"}"), "roster-response-malformed"),
                Arguments.of("a member's roles are a number", Reply.of(200, NRPS,
                        "{\"members\":[" + GOOD_MEMBER + ",{\"user_id\":\"5\",\"roles\":7}]}"), "roster-response-malformed"),
                Arguments.of("a member without user_id", Reply.of(200, NRPS,
                        "{\"members\":[" + GOOD_MEMBER + ",{\"roles\":[\"Learner\"]}]}"), "roster-response-malformed"),
                Arguments.of("not JSON at all", Reply.of(200, NRPS, "<html>login</html>"), "roster-response-malformed"),
                Arguments.of("an HTML page", Reply.of(200, "text/html", "<html>Please log in</html>"), "roster-response-wrong-type"),
                Arguments.of("larger than the tool accepts", Reply.of(200, NRPS, huge), "roster-response-too-large"),
                Arguments.of("another course's roster", Reply.of(200, NRPS,
                        "{\"context\":{\"id\":\"99\"},\"members\":[" + GOOD_MEMBER + "]}"), "roster-context-mismatch"),
                Arguments.of("nobody active", Reply.of(200, NRPS, "{\"context\":{\"id\":\"2\"},\"members\":[]}"), "roster-empty"),
                Arguments.of("a user id too long to keep", Reply.of(200, NRPS, "{\"members\":[" + GOOD_MEMBER
                        + ",{\"user_id\":\"" + "x".repeat(300) + "\",\"roles\":[\"Learner\"]}]}"), "roster-member-invalid"),
                Arguments.of("the platform refuses", Reply.json(403, "{}"), "roster-service-refused"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badAnswers")
    @DisplayName("refused with its reason code; no group, registration or user link written")
    void refused(String what, Reply answer, String code) {
        MemberId sam = rig.registered("5", "Sam Second", "student2@example.com");
        BalintGroup groupBefore = rig.group();
        GroupRegistrations registrationsBefore = rig.registrations();
        int transactionsBefore = rig.records.transactions();
        rig.server.on("GET", RosterRig.MEMBERSHIPS, answer);

        SyncReport report = rig.sync.syncNow(rig.key);

        assertThat(report).isInstanceOfSatisfying(SyncReport.Failed.class, failed -> {
            assertThat(failed.code()).isEqualTo(code);
            assertThat(failed.message()).isNotBlank();
        });
        assertThat(rig.records.transactions()).as("no transaction of Balint's records").isEqualTo(transactionsBefore);
        assertThat(rig.group()).isEqualTo(groupBefore);
        assertThat(rig.registrations()).isEqualTo(registrationsBefore);
        assertThat(rig.group().isMember(sam)).isTrue();
        assertThat(rig.findLink("u1")).isEmpty();
        assertThat(rig.states.find(rig.key).orElseThrow().outcome()).isEqualTo(code);
    }
}
