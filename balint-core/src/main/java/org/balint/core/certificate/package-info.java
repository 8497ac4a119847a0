/**
 * Certificates and the accreditation statements they must carry, and how long the records are kept.
 */
package org.balint.core.certificate;
