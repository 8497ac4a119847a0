package org.balint.core.credit;

import java.util.Optional;

/** The kinds of recognition a Balint group can offer for taking part in its series. */
public enum CreditType {
    /** AAFP Prescribed credit for live activities, earned per quarter hour of formal interaction time. */
    AAFP_PRESCRIBED("AAFP Prescribed credit", true),
    /** APA continuing-education credit for psychologists, earned in whole credits per full hour. */
    APA_CE("APA CE credit", true),
    /** Completion of a series track, such as a board's practice-improvement activity: no hours. */
    SERIES_COMPLETION("series completion", false),
    /** A certificate of attendance stating the hours attended, without any claim to credit. */
    CERTIFICATE_OF_ATTENDANCE("certificate of attendance", false);

    private final String label;
    private final boolean creditBearing;

    CreditType(String label, boolean creditBearing) {
        this.label = label;
        this.creditBearing = creditBearing;
    }

    /** How the type reads in a sentence or on a certificate, e.g. "AAFP Prescribed credit". */
    public String label() {
        return label;
    }

    /** Whether members earn (and claim) credit hours of this type. */
    public boolean isCreditBearing() {
        return creditBearing;
    }

    /**
     * The label under which this credit is reported toward the AMA Physician's Recognition Award:
     * "Prescribed credit" for AAFP credit, empty for every other type.
     */
    public Optional<AmaPraLabel> amaPraLabel() {
        return this == AAFP_PRESCRIBED ? Optional.of(AmaPraLabel.PRESCRIBED_CREDIT) : Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
