package org.balint.lti.tool.grievance;

/** A seat on a platform's grievance committee, as the tool keeps it. */
public enum CommitteeSeat {
    /** Receives the grievances of the platform. */
    CHAIR("committee chair"),
    /** Receives the grievances the chair cannot handle: those the chair filed or about a group the chair leads. */
    DEPUTY("deputy chair");

    private final String title;

    CommitteeSeat(String title) {
        this.title = title;
    }

    /** How the seat is named to people. */
    public String title() {
        return title;
    }
}
