/**
 * Evaluations: a group's learning objectives, members' before-and-after ratings and comments, and the per-group report.
 */
package org.balint.core.evaluation;
