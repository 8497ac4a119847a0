/**
 * Continuing-education credit: credit policies as data (AAFP Prescribed, APA CE, series completion, certificate of attendance) evaluated per member into decisions that list every rule met or unmet.
 */
package org.balint.core.credit;
