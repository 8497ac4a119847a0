package org.balint.lti.tool.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.balint.lti.protocol.message.LtiRoles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LMS roles become Balint roles")
class MappingLmsRolesTest {

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership";

    private static List<BalintRole> rolesOf(String... values) {
        return List.copyOf(BalintRole.of(LtiRoles.parse(List.of(values))));
    }

    @Test
    @DisplayName("an instructor leads the group")
    void instructor() {
        assertThat(rolesOf(MEMBERSHIP + "#Instructor")).containsExactly(BalintRole.LEADER);
    }

    @Test
    @DisplayName("a teaching assistant leads the group too, also when Moodle sends the short name only")
    void teachingAssistant() {
        assertThat(rolesOf(MEMBERSHIP + "/Instructor#TeachingAssistant")).containsExactly(BalintRole.LEADER);
        assertThat(rolesOf("Instructor#TeachingAssistant")).containsExactly(BalintRole.LEADER);
    }

    @Test
    @DisplayName("a learner is a group member")
    void learner() {
        assertThat(rolesOf(MEMBERSHIP + "#Learner")).containsExactly(BalintRole.MEMBER);
    }

    @Test
    @DisplayName("an administrator of the platform administers, and a leader who also administers is greeted as leader first")
    void administrator() {
        assertThat(rolesOf("http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator"))
                .containsExactly(BalintRole.ADMIN);
        assertThat(rolesOf("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                MEMBERSHIP + "#Instructor")).containsExactly(BalintRole.LEADER, BalintRole.ADMIN);
    }

    @Test
    @DisplayName("a mentor, a guest or a person without roles has no part in a Balint group")
    void noPart() {
        assertThat(rolesOf(MEMBERSHIP + "#Mentor")).isEmpty();
        assertThat(rolesOf("http://purl.imsglobal.org/vocab/lis/v2/institution/person#Guest")).isEmpty();
        assertThat(rolesOf()).isEmpty();
    }
}
