package org.reformhub.kernel.api;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * The page a list request asks for, the same on every list: {@code page} (from 0) and {@code size}. The older
 * {@code limit} (and, where a list had it, {@code offset}) is still accepted and documented as deprecated: a
 * {@code limit} is the size of page 0.
 */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page from 0, size from 1");
        }
    }

    /** {@code page}/{@code size} as asked, else {@code limit} as the size of page 0, else the list's default size. */
    public static PageRequest of(Integer page, Integer size, Integer limit, int defaultSize) {
        return new PageRequest(page == null ? 0 : page, size != null ? size : limit != null ? limit : defaultSize);
    }

    public int offset() {
        return page * size;
    }

    /** This page of a query's results, with the number of all of them. */
    public <E> Page<E> of(PanacheQuery<E> query) {
        long total = query.count();
        return Page.paged(query.page(io.quarkus.panache.common.Page.of(page, size)).list(), total, page, size);
    }

    /** This page of a list the caller already holds in full (a small list computed in memory). */
    public <E> Page<E> of(java.util.List<E> all) {
        return of(all, all.size());
    }

    /** How many rows to read, from the first, for a query that can only be limited: this page is their tail. */
    public int through() {
        return offset() + size;
    }

    /** This page of the first {@link #through()} rows of {@code total}. */
    public <E> Page<E> of(java.util.List<E> first, long total) {
        int from = Math.min(offset(), first.size());
        return Page.paged(first.subList(from, Math.min(from + size, first.size())), total, page, size);
    }
}
