package org.balint.lti.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.balint.lti.protocol.message.LtiRole.Scope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Role values in every spelling platforms use")
class LtiRoleTest {

    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";

    static Stream<Arguments> roles() {
        return Stream.of(
                Arguments.of(LIS + "membership#Instructor", Scope.CONTEXT, "Instructor", null),
                Arguments.of(LIS + "membership#Learner", Scope.CONTEXT, "Learner", null),
                Arguments.of(LIS + "membership/Instructor#TeachingAssistant", Scope.CONTEXT, "Instructor", "TeachingAssistant"),
                Arguments.of(LIS + "institution/person#Student", Scope.INSTITUTION, "Student", null),
                Arguments.of(LIS + "institution/person#Administrator", Scope.INSTITUTION, "Administrator", null),
                Arguments.of(LIS + "system/person#User", Scope.SYSTEM, "User", null),
                Arguments.of("Instructor", Scope.CONTEXT, "Instructor", null),
                Arguments.of("Learner", Scope.CONTEXT, "Learner", null),
                Arguments.of("Instructor#TeachingAssistant", Scope.CONTEXT, "Instructor", "TeachingAssistant"),
                Arguments.of("TeachingAssistant", Scope.CONTEXT, "Instructor", "TeachingAssistant"),
                Arguments.of("urn:lti:role:ims/lis/Learner", Scope.CONTEXT, "Learner", null),
                Arguments.of("urn:lti:role:ims/lis/Instructor/TeachingAssistant", Scope.CONTEXT, "Instructor", "TeachingAssistant"),
                Arguments.of("urn:lti:instrole:ims/lis/Faculty", Scope.INSTITUTION, "Faculty", null),
                Arguments.of("urn:lti:sysrole:ims/lis/SysAdmin", Scope.SYSTEM, "SysAdmin", null),
                Arguments.of("https://canvas.instructure.com/lti/account_admin", Scope.UNRECOGNISED,
                        "https://canvas.instructure.com/lti/account_admin", null),
                Arguments.of(LIS + "membership#", Scope.UNRECOGNISED, LIS + "membership#", null),
                Arguments.of("#Learner", Scope.UNRECOGNISED, "#Learner", null));
    }

    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @MethodSource("roles")
    @DisplayName("a role value is parsed into scope, name and sub-role, keeping the original value")
    void parses(String value, Scope scope, String name, String subRole) {
        LtiRole role = LtiRole.parse(value);

        assertThat(role.scope()).isEqualTo(scope);
        assertThat(role.name()).isEqualTo(name);
        assertThat(role.subRole()).isEqualTo(Optional.ofNullable(subRole));
        assertThat(role.value()).isEqualTo(value);
    }

    @Test
    @DisplayName("a Canvas teaching assistant is a TA and, as Canvas also sends, an instructor")
    void canvasTeachingAssistant() {
        LtiRoles roles = LtiRoles.parse(List.of(LIS + "membership/Instructor#TeachingAssistant", LIS + "membership#Instructor"));

        assertThat(roles.isTeachingAssistant()).isTrue();
        assertThat(roles.isInstructor()).isTrue();
        assertThat(roles.isLearner()).isFalse();
    }

    @Test
    @DisplayName("a TA without the plain instructor role is not an instructor")
    void teachingAssistantOnly() {
        LtiRoles roles = LtiRoles.parse(List.of("Instructor#TeachingAssistant"));

        assertThat(roles.isTeachingAssistant()).isTrue();
        assertThat(roles.isInstructor()).isFalse();
    }

    @Test
    @DisplayName("administrators are recognised in the context, the institution and the system")
    void administrators() {
        assertThat(LtiRoles.parse(List.of(LIS + "membership#Administrator")).isAdministrator()).isTrue();
        assertThat(LtiRoles.parse(List.of(LIS + "institution/person#Administrator")).isAdministrator()).isTrue();
        assertThat(LtiRoles.parse(List.of(LIS + "system/person#Administrator")).isAdministrator()).isTrue();
        assertThat(LtiRoles.parse(List.of("urn:lti:sysrole:ims/lis/SysAdmin")).isAdministrator()).isTrue();
        assertThat(LtiRoles.parse(List.of(LIS + "institution/person#Instructor")).isAdministrator()).isFalse();
    }

    @Test
    @DisplayName("an institution Instructor is not a course instructor")
    void institutionRoleIsNotContextRole() {
        LtiRoles roles = LtiRoles.parse(List.of(LIS + "institution/person#Instructor"));

        assertThat(roles.isInstructor()).isFalse();
        assertThat(roles.hasInstitutionRole("Instructor")).isTrue();
    }
}
