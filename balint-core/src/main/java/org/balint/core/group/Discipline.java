package org.balint.core.group;

/** The clinical disciplines Balint groups recruit from; it decides which kind of CE credit applies. */
public enum Discipline {
    PHYSICIAN("physician"),
    NURSE_PRACTITIONER("nurse practitioner"),
    PSYCHOLOGIST("psychologist"),
    SOCIAL_WORKER("social worker"),
    OTHER("other clinician");

    private final String label;

    Discipline(String label) {
        this.label = label;
    }

    /** How the discipline reads in a sentence, e.g. "nurse practitioner". */
    public String label() {
        return label;
    }
}
