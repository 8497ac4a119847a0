package org.balint.core.leadership;

/** The candidate's part in a session they logged: leading it alone or co-leading it with another leader. */
public enum LeadRole {
    LEAD("led"),
    CO_LEAD("co-led");

    private final String label;

    LeadRole(String label) {
        this.label = label;
    }

    /** How the role reads in a sentence: "led" or "co-led". */
    public String label() {
        return label;
    }
}
