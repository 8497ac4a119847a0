package org.balint.core.credit;

/**
 * How credit is labelled when a physician reports it toward the AMA Physician's Recognition Award.
 *
 * <p>AAFP Prescribed credit must be reported as "Prescribed credit" and never as AMA PRA Category 1
 * credit. This type has exactly one value, so no other label can be printed by mistake.
 */
public enum AmaPraLabel {
    /** "Prescribed credit": the only label Balint reports AAFP credit under. */
    PRESCRIBED_CREDIT("Prescribed credit");

    private final String text;

    AmaPraLabel(String text) {
        this.text = text;
    }

    /** The wording used on certificates and reports. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
