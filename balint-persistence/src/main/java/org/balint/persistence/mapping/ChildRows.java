package org.balint.persistence.mapping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Keeps an aggregate's child rows in step with the parts of the value being stored. */
public final class ChildRows {

    private ChildRows() {
    }

    /**
     * Makes {@code rows} correspond to {@code values}: a row whose key is among the values is kept and
     * updated, a value without a row gets a new one, and rows left over are removed. Two values with the
     * same key get two rows, so the database's unique constraint, not this method, decides about them.
     *
     * @param rows     the managed child rows of the stored aggregate; changed in place
     * @param values   the parts of the value being stored, in the order they should be kept
     * @param rowKey   a row's identity among its siblings
     * @param valueKey the same identity, read from a part
     * @param create   a new row for a part that has none
     * @param update   copies a part into its row (new or kept)
     */
    public static <R, V, K> void reconcile(List<R> rows, List<V> values, Function<R, K> rowKey,
            Function<V, K> valueKey, Function<V, R> create, BiConsumer<R, V> update) {
        Map<K, Deque<R>> unused = new HashMap<>();
        for (R row : rows) {
            unused.computeIfAbsent(rowKey.apply(row), key -> new ArrayDeque<>()).add(row);
        }
        Set<R> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        List<R> added = new ArrayList<>();
        for (V value : values) {
            Deque<R> candidates = unused.get(valueKey.apply(value));
            R row = candidates == null || candidates.isEmpty() ? null : candidates.poll();
            if (row == null) {
                row = create.apply(value);
                added.add(row);
            } else {
                kept.add(row);
            }
            update.accept(row, value);
        }
        rows.removeIf(row -> !kept.contains(row));
        rows.addAll(added);
    }
}
