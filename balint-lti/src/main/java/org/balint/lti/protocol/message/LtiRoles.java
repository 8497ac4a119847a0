package org.balint.lti.protocol.message;

import java.util.List;
import java.util.Objects;

/**
 * The roles of the launching user, in the order the platform sent them, with the questions a tool
 * usually asks of them. An empty list is valid (the roles claim may be an empty array).
 *
 * @param all every role, parsed with {@link LtiRole#parse(String)}
 */
public record LtiRoles(List<LtiRole> all) {

    /** Copies the list; it cannot be changed afterwards. */
    public LtiRoles {
        all = List.copyOf(Objects.requireNonNull(all, "all"));
    }

    /** Parses raw role values. */
    public static LtiRoles parse(List<String> values) {
        return new LtiRoles(values.stream().map(LtiRole::parse).toList());
    }

    /** No roles at all. */
    public static LtiRoles none() {
        return new LtiRoles(List.of());
    }

    /** True if the user holds context role {@code name} (e.g. {@code Learner}), with or without sub-role. */
    public boolean hasContextRole(String name) {
        return all.stream().anyMatch(r -> r.isContextRole(name));
    }

    /** True if the user holds institution role {@code name} (e.g. {@code Faculty}). */
    public boolean hasInstitutionRole(String name) {
        return all.stream().anyMatch(r -> r.scope() == LtiRole.Scope.INSTITUTION && r.name().equals(name));
    }

    /** True if the user holds system role {@code name} (e.g. {@code Administrator}). */
    public boolean hasSystemRole(String name) {
        return all.stream().anyMatch(r -> r.scope() == LtiRole.Scope.SYSTEM && r.name().equals(name));
    }

    /** True if the user is an instructor of the context (the principal role, not only a sub-role of it). */
    public boolean isInstructor() {
        return all.stream().anyMatch(r -> r.isContextRole("Instructor") && r.subRole().isEmpty());
    }

    /** True if the user is a teaching assistant in the context ({@code Instructor#TeachingAssistant}). */
    public boolean isTeachingAssistant() {
        return all.stream().anyMatch(r -> r.isContextRole("Instructor")
                && r.subRole().filter("TeachingAssistant"::equals).isPresent());
    }

    /** True if the user is a learner in the context. */
    public boolean isLearner() {
        return hasContextRole("Learner");
    }

    /** True if the user administers the context, the institution or the whole platform. */
    public boolean isAdministrator() {
        return hasContextRole("Administrator")
                || hasInstitutionRole("Administrator")
                || hasSystemRole("Administrator")
                || hasSystemRole("SysAdmin");
    }
}
