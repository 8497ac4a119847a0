/**
 * Which database Balint stores its records in, and how a standalone program opens it.
 *
 * <p>Embedded Apache Derby is the zero-configuration default; PostgreSQL is the production database
 * ({@link org.balint.persistence.database.DatabaseEngine}). Inside Open Liberty the container opens
 * the {@code balint} persistence unit with JTA transactions on the data source {@code jdbc/balint};
 * tests, benchmarks and tools use {@link org.balint.persistence.database.StandaloneDatabase}, which
 * migrates the schema and opens the same unit with resource-local transactions on a
 * {@link org.balint.persistence.database.DatabaseConnection}.
 */
package org.balint.persistence.database;
