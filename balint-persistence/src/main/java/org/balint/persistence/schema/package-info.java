/**
 * The database schema: versioned SQL migrations under {@code db/migration} (the same SQL for Derby
 * and PostgreSQL) applied by {@link org.balint.persistence.schema.SchemaMigrator} when the
 * application starts. Jakarta Persistence never creates or alters tables.
 *
 * <p>Conventions for migrations: one concern per file; constraints and indexes are named
 * ({@code pk_}, {@code fk_}, {@code uq_}, {@code ck_}, {@code ix_} plus the table) so a refused write
 * can be reported by name; every row of tenant-owned data has a {@code tenant_id} referencing
 * {@code tenant}; timestamps are {@code TIMESTAMP} columns holding UTC; a migration that has been
 * released is never edited, only followed by a new one.
 */
package org.balint.persistence.schema;
