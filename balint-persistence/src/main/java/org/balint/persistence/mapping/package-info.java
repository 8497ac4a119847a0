/**
 * What every aggregate's mapper shares: keeping the rows of an aggregate's parts in step with the parts
 * of the value being stored, so that saving changes only what changed.
 */
package org.balint.persistence.mapping;
