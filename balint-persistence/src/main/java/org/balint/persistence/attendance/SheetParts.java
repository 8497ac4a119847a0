package org.balint.persistence.attendance;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.balint.persistence.tenant.TenantScope;
import org.balint.persistence.tenant.TenantScopedRepository;

/** One tenant's rows of one kind of sheet part, read for whole sheets at a time. */
final class SheetParts<E extends SheetPart> extends TenantScopedRepository<E> {

    SheetParts(TenantScope scope, Class<E> type) {
        super(scope, type);
    }

    /** The rows of the sheets {@code sheetIds}, by sheet and then in list order. */
    List<E> ofSheets(EntityManager entityManager, Collection<Long> sheetIds) {
        if (sheetIds.isEmpty()) {
            return List.of();
        }
        return select(entityManager, "e.sheetId IN :sheets", "e.sheetId, e.entryNo")
                .setParameter("sheets", sheetIds)
                .getResultList();
    }

    void add(EntityManager entityManager, E part) {
        persist(entityManager, part);
    }
}
