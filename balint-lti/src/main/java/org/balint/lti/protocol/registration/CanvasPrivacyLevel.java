package org.balint.lti.protocol.registration;

/**
 * How much about people Canvas sends the tool ({@code https://canvas.instructure.com/lti/privacy_level}).
 * Only levels that include names are offered: a tool that prints names needs at least
 * {@link #NAME_ONLY}.
 */
public enum CanvasPrivacyLevel {
    /** Names, no email. */
    NAME_ONLY("name_only"),
    /** Names, email and the rest of the profile. */
    PUBLIC("public");

    private final String wireName;

    CanvasPrivacyLevel(String wireName) {
        this.wireName = wireName;
    }

    /** The value Canvas expects, e.g. {@code name_only}. */
    public String wireName() {
        return wireName;
    }
}
