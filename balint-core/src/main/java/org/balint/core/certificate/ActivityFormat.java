package org.balint.core.certificate;

/** How members took part in the activity, as certificates and accreditors state it. */
public enum ActivityFormat {
    /**
     * A live activity: members take part at the same time, in person or by real-time video. A Balint
     * group meeting by video is live.
     */
    LIVE("live"),
    /** An online activity members complete on their own schedule. */
    ONLINE("online");

    private final String label;

    ActivityFormat(String label) {
        this.label = label;
    }

    /** How the format reads on a certificate: "live" or "online". */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
