/**
 * Time in Balint's tables: every timestamp column holds a UTC wall-clock time, and every timestamp
 * attribute is a {@link java.time.Instant}. The conversion between the two never passes through the
 * JVM's default time zone, so records read back the same on a server in St. John's, Berlin or UTC.
 */
package org.balint.persistence.time;
