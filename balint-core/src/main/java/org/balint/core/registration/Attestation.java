package org.balint.core.registration;

/**
 * What a registrant confirms about themselves when registering. All four are required: a group
 * depends on members who see patients, bring cases, come every time and keep what they hear to
 * themselves. Each one carries the reason code and sentence used when it is missing.
 */
public enum Attestation {
    /** "I currently see patients or clients." Cases come from current clinical work. */
    CLINICALLY_ACTIVE("not-clinically-active",
            "is not confirmed as clinically active: Balint cases come from current work with patients, so confirm you are seeing patients or clients"),
    /** "I am willing to present at least one case." Every member presents. */
    WILLING_TO_PRESENT("not-willing-to-present",
            "has not agreed to present a case: every member presents at least once, so confirm you are willing to"),
    /** "I intend to attend every session." The group is closed and builds trust over the series. */
    ATTENDS_ALL_SESSIONS("not-attending-all-sessions",
            "has not said they intend to attend every session: the group is closed and relies on the same people each time, so confirm you can come to all of them"),
    /** "I will keep what is said in the group confidential." */
    CONFIDENTIALITY_ACKNOWLEDGED("confidentiality-not-acknowledged",
            "has not acknowledged the group's confidentiality: nothing said about patients or colleagues leaves the group, so acknowledge it to take part");

    private final String missingCode;
    private final String missingSentence;

    Attestation(String missingCode, String missingSentence) {
        this.missingCode = missingCode;
        this.missingSentence = missingSentence;
    }

    /** The stable reason code for a registration declined because this attestation is missing. */
    public String missingCode() {
        return missingCode;
    }

    /** Completes "{registrant name} …" to explain why this attestation is needed. */
    String missingSentence() {
        return missingSentence;
    }
}
