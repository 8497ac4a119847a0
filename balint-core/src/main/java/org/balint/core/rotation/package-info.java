/**
 * Case-presentation rotation: who presents in which session so that every member presents at least once. Plans hold only who presents when, never any case content.
 */
package org.balint.core.rotation;
