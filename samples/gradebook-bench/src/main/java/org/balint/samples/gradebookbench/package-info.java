/**
 * The gradebook benchmark: credit results published as Assignment and Grade Services scores to an
 * in-process dev platform through the outbox and the gradebook delivery, with scores per second and
 * token requests printed.
 */
package org.balint.samples.gradebookbench;
