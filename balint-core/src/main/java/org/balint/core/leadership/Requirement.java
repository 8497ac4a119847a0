package org.balint.core.leadership;

/** The three kinds of experience a credentialing pathway asks of a leader candidate. */
public enum Requirement {
    /** Calendar months in which the candidate led or co-led at least one session. */
    MONTHS_LEADING("months leading or co-leading a group"),
    /** Sessions of the candidate's supervised by an experienced leader. */
    SUPERVISED_SESSIONS("supervised sessions"),
    /** Leadership intensives attended. */
    INTENSIVES("intensives");

    private final String noun;

    Requirement(String noun) {
        this.noun = noun;
    }

    /** What is counted, as a plural noun: "supervised sessions". */
    public String noun() {
        return noun;
    }
}
