/**
 * Registration and screening: a registrant's attestations, the screening outcome (accepted, waitlisted, referred to faculty review, deferral recommended, declined) and waitlist promotion, each transition audited.
 */
package org.balint.core.registration;
