package org.balint.core.registration;

/** Where a registration stands, one value per {@link Registration} state. */
public enum RegistrationStatus {
    ACCEPTED("accepted"),
    WAITLISTED("waitlisted"),
    REFERRED_TO_FACULTY_REVIEW("referred to faculty review"),
    DEFERRAL_RECOMMENDED("deferral recommended"),
    DECLINED("declined"),
    WITHDRAWN("withdrawn");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    /** How the status reads in a sentence, e.g. "referred to faculty review". */
    public String label() {
        return label;
    }
}
