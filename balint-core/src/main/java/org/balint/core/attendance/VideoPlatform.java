package org.balint.core.attendance;

/** The video platform an attendance report came from, recognised from the report's column headings. */
public enum VideoPlatform {
    ZOOM("Zoom"),
    TEAMS("Microsoft Teams"),
    /** Headings common to several platforms (name, e-mail, join and leave time) and nothing more telling. */
    OTHER("video platform");

    private final String label;

    VideoPlatform(String label) {
        this.label = label;
    }

    /** How the platform reads in a sentence. */
    public String label() {
        return label;
    }
}
