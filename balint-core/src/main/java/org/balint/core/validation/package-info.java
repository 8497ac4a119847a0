/**
 * How Balint reports bad input: a {@link org.balint.core.validation.Violation} names one broken rule
 * with a stable reason code and a sentence a person can act on, and
 * {@link org.balint.core.validation.Validated} carries either a valid value or every violation found.
 *
 * <p>Validation never stops at the first problem: callers get the full list so a form can show every
 * reason at once, and nothing is applied when any rule is violated.
 */
package org.balint.core.validation;
