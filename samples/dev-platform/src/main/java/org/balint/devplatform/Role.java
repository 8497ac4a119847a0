package org.balint.devplatform;

import java.util.List;

/**
 * The role a seeded person holds in the platform's courses, with the LTI 1.3 role URIs the platform
 * sends for it in the {@code https://purl.imsglobal.org/spec/lti/claim/roles} claim.
 *
 * <p>A teaching assistant is sent with the principal role Instructor next to the sub-role, as the
 * LTI 1.3 specification recommends for sub-roles; an administrator carries the system, institution
 * and membership administrator roles.
 */
public enum Role {
    /** Teaches the course; in a Balint group this is the group leader. */
    INSTRUCTOR("Instructor (group leader)",
            List.of(LtiVocabulary.MEMBERSHIP + "#Instructor")),
    /** Assists the instructor; sent as the Instructor sub-role TeachingAssistant. */
    TEACHING_ASSISTANT("Teaching assistant",
            List.of(LtiVocabulary.MEMBERSHIP + "/Instructor#TeachingAssistant",
                    LtiVocabulary.MEMBERSHIP + "#Instructor")),
    /** Takes the course; in a Balint group this is a member. */
    LEARNER("Learner (group member)",
            List.of(LtiVocabulary.MEMBERSHIP + "#Learner")),
    /** Runs the site. */
    ADMINISTRATOR("Administrator",
            List.of(LtiVocabulary.SYSTEM_ROLE + "#Administrator",
                    LtiVocabulary.INSTITUTION_ROLE + "#Administrator",
                    LtiVocabulary.MEMBERSHIP + "#Administrator"));

    private final String label;
    private final List<String> ltiRoles;

    Role(String label, List<String> ltiRoles) {
        this.label = label;
        this.ltiRoles = ltiRoles;
    }

    /** A short English label for pages, e.g. "Instructor (group leader)". */
    public String label() {
        return label;
    }

    /** The full LTI role URIs sent in the id_token, principal role last for sub-roles. */
    public List<String> ltiRoles() {
        return ltiRoles;
    }
}
