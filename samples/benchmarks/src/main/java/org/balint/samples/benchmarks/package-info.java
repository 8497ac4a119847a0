/**
 * JMH benchmarks: rotation planning, CE credit evaluation against a floor, and storing and reloading
 * attendance on Derby and PostgreSQL. Run them with {@code -Dbench=REGEX} (see the project README).
 */
package org.balint.samples.benchmarks;
