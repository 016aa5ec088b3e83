package org.reformhub.warehouse.load.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows read from one polled batch of events, one per key: a case answered and rated in the same batch is written
 * once, in its newest state (a multi-row upsert must not touch a row twice, and it saves the database the work).
 */
public final class RowBatch {

    private record Slot(Class<? extends StarRow> table, Object key) {
    }

    private final Map<Slot, StarRow> rows = new LinkedHashMap<>();

    public void add(StarRow row) {
        rows.merge(new Slot(row.getClass(), row.key()), row, (kept, added) -> added.supersedes(kept) ? added : kept);
    }

    /** The rows of one table, in the order their keys were first read. */
    public <R extends StarRow> List<R> of(Class<R> table) {
        List<R> found = new ArrayList<>();
        for (StarRow row : rows.values()) {
            if (table.isInstance(row)) {
                found.add(table.cast(row));
            }
        }
        return found;
    }

    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
