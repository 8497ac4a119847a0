/**
 * Leader development: the log of sessions led, co-led and supervised, intensives attended, and progress against a credentialing pathway.
 */
package org.balint.core.leadership;
