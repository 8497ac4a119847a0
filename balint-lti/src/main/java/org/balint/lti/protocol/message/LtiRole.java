package org.balint.lti.protocol.message;

import java.util.Objects;
import java.util.Optional;

/**
 * One role of the launching user, as the platform stated it.
 *
 * <p>Parses every spelling platforms use: the LIS v2 URIs of LTI 1.3
 * ({@code http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor},
 * {@code .../membership/Instructor#TeachingAssistant}, {@code .../institution/person#Student},
 * {@code .../system/person#Administrator}), the deprecated short context-role names that Moodle and
 * the Names and Role Provisioning Service return ({@code Instructor}, {@code Learner},
 * {@code Instructor#TeachingAssistant}) and the LTI 1.1 URNs ({@code urn:lti:role:ims/lis/Learner},
 * {@code urn:lti:instrole:ims/lis/Faculty}, {@code urn:lti:sysrole:ims/lis/SysAdmin}). A value in no
 * known vocabulary is kept as {@link Scope#UNRECOGNISED}, never dropped.
 *
 * @param scope   whether the role holds in the system, the institution or the context (course)
 * @param name    the principal role name, e.g. {@code Instructor}
 * @param subRole the sub-role, e.g. {@code TeachingAssistant} of {@code Instructor}
 * @param value   the value exactly as the platform sent it
 */
public record LtiRole(Scope scope, String name, Optional<String> subRole, String value) {

    /** Where a role holds. */
    public enum Scope {
        /** A role in the whole platform (LIS system role). */
        SYSTEM,
        /** A role in the institution (LIS institution role). */
        INSTITUTION,
        /** A role in the launching context, usually a course (LIS membership role). */
        CONTEXT,
        /** A value in no vocabulary this parser knows (proprietary roles). */
        UNRECOGNISED
    }

    private static final String LIS_V2 = "http://purl.imsglobal.org/vocab/lis/v2/";
    private static final String SYSTEM_PREFIX = LIS_V2 + "system/person#";
    private static final String INSTITUTION_PREFIX = LIS_V2 + "institution/person#";
    private static final String MEMBERSHIP = LIS_V2 + "membership";
    private static final String LTI11_CONTEXT = "urn:lti:role:ims/lis/";
    private static final String LTI11_INSTITUTION = "urn:lti:instrole:ims/lis/";
    private static final String LTI11_SYSTEM = "urn:lti:sysrole:ims/lis/";

    /** Validates the components; a role always has a non-blank name. */
    public LtiRole {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subRole, "subRole");
        Objects.requireNonNull(value, "value");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A role needs a name");
        }
    }

    /** Parses one role value from the roles claim or an NRPS membership. */
    public static LtiRole parse(String value) {
        Objects.requireNonNull(value, "value");
        String trimmed = value.trim();
        if (trimmed.startsWith(SYSTEM_PREFIX)) {
            return simple(Scope.SYSTEM, trimmed.substring(SYSTEM_PREFIX.length()), value);
        }
        if (trimmed.startsWith(INSTITUTION_PREFIX)) {
            return simple(Scope.INSTITUTION, trimmed.substring(INSTITUTION_PREFIX.length()), value);
        }
        if (trimmed.startsWith(MEMBERSHIP + "#")) {
            return simple(Scope.CONTEXT, trimmed.substring(MEMBERSHIP.length() + 1), value);
        }
        if (trimmed.startsWith(MEMBERSHIP + "/")) {
            return withSubRole(trimmed.substring(MEMBERSHIP.length() + 1), '#', value);
        }
        if (trimmed.startsWith(LTI11_CONTEXT)) {
            return withSubRole(trimmed.substring(LTI11_CONTEXT.length()), '/', value);
        }
        if (trimmed.startsWith(LTI11_INSTITUTION)) {
            return simple(Scope.INSTITUTION, trimmed.substring(LTI11_INSTITUTION.length()), value);
        }
        if (trimmed.startsWith(LTI11_SYSTEM)) {
            return simple(Scope.SYSTEM, trimmed.substring(LTI11_SYSTEM.length()), value);
        }
        if (isShortName(trimmed)) {
            if ("TeachingAssistant".equals(trimmed)) {
                return new LtiRole(Scope.CONTEXT, "Instructor", Optional.of(trimmed), value);
            }
            return withSubRole(trimmed, '#', value);
        }
        return unrecognised(value);
    }

    /** True if this is the context role {@code name}, with or without a sub-role. */
    public boolean isContextRole(String roleName) {
        return scope == Scope.CONTEXT && name.equals(roleName);
    }

    private static boolean isShortName(String value) {
        if (value.isEmpty() || value.contains(":") || value.contains("/")) {
            return false;
        }
        int hash = value.indexOf('#');
        return hash != 0 && hash == value.lastIndexOf('#') && hash != value.length() - 1;
    }

    private static LtiRole simple(Scope scope, String name, String value) {
        if (name.isBlank() || name.contains("#") || name.contains("/")) {
            return unrecognised(value);
        }
        return new LtiRole(scope, name, Optional.empty(), value);
    }

    private static LtiRole withSubRole(String rest, char separator, String value) {
        int at = rest.indexOf(separator);
        if (at < 0) {
            return simple(Scope.CONTEXT, rest, value);
        }
        String principal = rest.substring(0, at);
        String sub = rest.substring(at + 1);
        if (principal.isBlank() || sub.isBlank() || sub.indexOf(separator) >= 0) {
            return unrecognised(value);
        }
        return new LtiRole(Scope.CONTEXT, principal, Optional.of(sub), value);
    }

    private static LtiRole unrecognised(String value) {
        String name = value.isBlank() ? "(blank)" : value;
        return new LtiRole(Scope.UNRECOGNISED, name, Optional.empty(), value);
    }
}
