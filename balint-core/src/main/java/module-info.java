/**
 * The Balint domain: everything needed to run a Balint group series, independent of any framework.
 *
 * <p>Every exported type is null-free: no method accepts or returns {@code null}; absent values are
 * {@link java.util.Optional}. Time is always passed in (a {@link java.time.Clock} or an explicit
 * instant). Rule outcomes and rejected input are returned as values that carry their reasons;
 * exceptions signal only broken invariants (programming errors).
 */
module org.balint.core {
    exports org.balint.core.validation;
    exports org.balint.core.audit;
    exports org.balint.core.group;
    exports org.balint.core.registration;
    exports org.balint.core.rotation;
    exports org.balint.core.attendance;
    exports org.balint.core.credit;
    exports org.balint.core.certificate;
    exports org.balint.core.evaluation;
    exports org.balint.core.grievance;
    exports org.balint.core.leadership;
}
