/**
 * Issued certificates in the database, and the retention purge.
 *
 * <p>{@link org.balint.persistence.certificate.JpaCertificates} implements the core's
 * {@link org.balint.core.certificate.Certificates} port for one tenant, in the caller's transaction:
 * the member, provider, activity (title, format, dates), what is certified, the kind of credit and the
 * statements printed, at most one certificate per member, group and kind of credit.
 * {@link org.balint.persistence.certificate.RetentionPurge} deletes a tenant's personal data once its
 * series ended longer ago than the provider's {@link org.balint.core.certificate.RecordRetention}
 * period (six years by default): certificates and credit records, and every such group with its
 * members, registrations and their audit, attendance, rotation and evaluations. It keeps leader logs
 * and grievances, and reports how many of each kind it removed. A certificate's group must be stored for its tenant (foreign key
 * {@code fk_certificate_group}; otherwise the write is refused with {@code unknown-group}).
 */
package org.balint.persistence.certificate;
