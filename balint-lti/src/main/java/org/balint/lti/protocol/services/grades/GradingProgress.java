package org.balint.lti.protocol.services.grades;

/** Where grading stands; platforms store a grade only for {@link #FULLY_GRADED}. */
public enum GradingProgress {
    /** Final. */
    FULLY_GRADED("FullyGraded"),
    /** Not final, to be graded automatically. */
    PENDING("Pending"),
    /** Not final, needs a person. */
    PENDING_MANUAL("PendingManual"),
    /** Grading failed. */
    FAILED("Failed"),
    /** No grading yet. */
    NOT_READY("NotReady");

    private final String wireName;

    GradingProgress(String wireName) {
        this.wireName = wireName;
    }

    /** The name AGS uses, e.g. {@code FullyGraded}. */
    public String wireName() {
        return wireName;
    }
}
