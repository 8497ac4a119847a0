/**
 * Who did what, and when: the audit trail kept for registrations, attendance corrections and grievances.
 */
package org.balint.core.audit;
