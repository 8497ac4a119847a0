/**
 * The embedded quickstart: a plain Java program that uses only balint-core, from a CSV roster to every
 * member's CE credit decision. Start with {@link org.balint.samples.quickstart.Quickstart}.
 */
package org.balint.samples.quickstart;
