/**
 * Certificates and the records behind them.
 *
 * <p>A {@link org.balint.core.certificate.Certificate} names the member, the
 * {@link org.balint.core.certificate.Provider}, the {@link org.balint.core.certificate.Activity}
 * (title, {@link org.balint.core.certificate.ActivityFormat live or online}, dates), what is certified
 * and its credit type. The statements each accreditor requires are configuration the provider supplies
 * ({@link org.balint.core.certificate.CertificateStatements}), not constants in the code.
 *
 * <p>The {@link org.balint.core.certificate.CertificateIssuer} issues a certificate only from an
 * eligible credit decision: from the member's claim for AAFP and APA credit, or from the eligible
 * decision for series completion and attendance. Records are kept for a
 * {@link org.balint.core.certificate.RecordRetention} period, six years unless configured otherwise.
 *
 * <p>Issued certificates live behind the {@link org.balint.core.certificate.Certificates} port (one per
 * member, group and kind of credit), which adapters outside the core implement; it also lists the
 * certificates past retention, counted from the end of their series.
 */
package org.balint.core.certificate;
