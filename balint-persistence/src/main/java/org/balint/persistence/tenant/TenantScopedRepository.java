package org.balint.persistence.tenant;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The base of every adapter that stores a tenant's rows. An adapter is constructed for one
 * {@link TenantScope}, and the only queries it can build are the ones below, each of which restricts
 * the rows to that tenant before the adapter's own condition is applied. A query without a tenant
 * cannot be expressed through it, so an adapter cannot read, change or claim another tenant's rows
 * even by mistake.
 *
 * <p>Conditions are JPQL (or, for the native queries, SQL) fragments written by the adapter, never
 * user input; they refer to the entity as {@code e} and bind their own parameters. They may not
 * mention the tenant themselves and must keep their parentheses balanced, so they cannot widen the
 * tenant restriction.
 *
 * @param <E> the entity the adapter stores
 */
public abstract class TenantScopedRepository<E extends TenantOwnedEntity> {

    private static final String TENANT_PARAMETER = "balintTenant";
    private static final Pattern SQL_IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

    private final TenantScope scope;
    private final Class<E> entityType;
    private final String entityName;

    protected TenantScopedRepository(TenantScope scope, Class<E> entityType) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.entityType = Objects.requireNonNull(entityType, "entityType");
        Entity entity = entityType.getAnnotation(Entity.class);
        if (entity == null) {
            throw new IllegalArgumentException(entityType.getName() + " is not an entity");
        }
        this.entityName = entity.name().isEmpty() ? entityType.getSimpleName() : entity.name();
    }

    /** The tenant this adapter works for. */
    public final TenantScope scope() {
        return scope;
    }

    /** {@code SELECT e FROM <entity> e WHERE <this tenant> AND (<condition>) ORDER BY <ordering>}. */
    protected final TypedQuery<E> select(EntityManager entityManager, String condition, String ordering) {
        return selectValues(entityManager, "e", entityType, condition, ordering);
    }

    /**
     * {@code SELECT <selection> FROM <entity> e WHERE <this tenant> AND (<condition>) ORDER BY
     * <ordering>}; an empty {@code ordering} leaves the order to the database.
     */
    protected final <R> TypedQuery<R> selectValues(EntityManager entityManager, String selection, Class<R> resultType,
            String condition, String ordering) {
        Objects.requireNonNull(entityManager, "entityManager");
        String jpql = "SELECT " + fragment(selection) + " FROM " + entityName + " e WHERE e.tenantId = :" + TENANT_PARAMETER
                + " AND (" + fragment(condition) + ")" + (ordering.isBlank() ? "" : " ORDER BY " + fragment(ordering));
        return entityManager.createQuery(jpql, resultType).setParameter(TENANT_PARAMETER, scope.id());
    }

    /**
     * Native SQL for what JPQL cannot say (for example PostgreSQL's {@code FOR UPDATE SKIP LOCKED}):
     * {@code SELECT <columns> FROM <table> WHERE tenant_id = ?1 AND (<condition>) <tail>}. The tenant
     * is positional parameter 1; the adapter's own parameters start at 2.
     */
    protected final Query nativeSelect(EntityManager entityManager, String table, String columns, String condition, String tail) {
        Objects.requireNonNull(entityManager, "entityManager");
        String sql = "SELECT " + fragment(columns) + " FROM " + table(table) + " WHERE tenant_id = ?1 AND (" + fragment(condition) + ")"
                + (tail.isBlank() ? "" : " " + fragment(tail));
        return entityManager.createNativeQuery(sql).setParameter(1, scope.id());
    }

    /**
     * A conditional update in native SQL: {@code UPDATE <table> SET <assignments> WHERE tenant_id = ?1
     * AND (<condition>)}, returning through {@link Query#executeUpdate()} how many of this tenant's
     * rows it changed. The tenant is positional parameter 1; the adapter's own parameters start at 2.
     *
     * <p>Use it (rather than a JPQL bulk update) whenever a timestamp is assigned: bind the column
     * value from {@link org.balint.persistence.time.UtcTimestampConverter}, and it is written in UTC.
     * JPQL bulk updates convert assigned timestamps through the JVM's time zone.
     */
    protected final Query nativeUpdate(EntityManager entityManager, String table, String assignments, String condition) {
        Objects.requireNonNull(entityManager, "entityManager");
        String sql = "UPDATE " + table(table) + " SET " + fragment(assignments) + " WHERE tenant_id = ?1 AND (" + fragment(condition) + ")";
        return entityManager.createNativeQuery(sql).setParameter(1, scope.id());
    }

    /** The entity with primary key {@code id}, if it exists and belongs to this tenant. */
    protected final Optional<E> findById(EntityManager entityManager, Object id) {
        Objects.requireNonNull(entityManager, "entityManager");
        Objects.requireNonNull(id, "id");
        E found = entityManager.find(entityType, id);
        return found != null && found.belongsTo(scope) ? Optional.of(found) : Optional.empty();
    }

    /**
     * Adds a new row of this tenant.
     *
     * @throws IllegalArgumentException when the entity was created for another tenant
     */
    protected final void persist(EntityManager entityManager, E entity) {
        Objects.requireNonNull(entityManager, "entityManager");
        Objects.requireNonNull(entity, "entity");
        if (!entity.belongsTo(scope)) {
            throw new IllegalArgumentException("an adapter for " + scope + " can only store that tenant's rows");
        }
        entityManager.persist(entity);
    }

    private static String table(String table) {
        Objects.requireNonNull(table, "table");
        if (!SQL_IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return table;
    }

    private static String fragment(String fragment) {
        Objects.requireNonNull(fragment, "query fragment");
        if (fragment.isBlank()) {
            throw new IllegalArgumentException("a query fragment cannot be empty");
        }
        String lower = fragment.toLowerCase(Locale.ROOT);
        if (lower.contains("tenant")) {
            throw new IllegalArgumentException("the tenant restriction is added by the repository; a fragment may not mention it: "
                    + fragment);
        }
        int depth = 0;
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                break;
            }
        }
        if (depth != 0 || fragment.contains(";") || fragment.contains("--")) {
            throw new IllegalArgumentException("a query fragment must be one balanced expression: " + fragment);
        }
        return fragment;
    }
}
