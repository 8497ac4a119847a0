package org.balint.lti.protocol.services.grades;

/** The learner's progress on the activity. */
public enum ActivityProgress {
    /** Not started. */
    INITIALIZED("Initialized"),
    /** Started. */
    STARTED("Started"),
    /** Under way. */
    IN_PROGRESS("InProgress"),
    /** Submitted, may be resubmitted. */
    SUBMITTED("Submitted"),
    /** Finished. */
    COMPLETED("Completed");

    private final String wireName;

    ActivityProgress(String wireName) {
        this.wireName = wireName;
    }

    /** The name AGS uses, e.g. {@code Completed}. */
    public String wireName() {
        return wireName;
    }
}
