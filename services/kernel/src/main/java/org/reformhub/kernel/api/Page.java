package org.reformhub.kernel.api;

import java.util.List;

/**
 * Every list a ReformHub API returns: {@code {"items":[…],"total":N,"page":P,"size":S}} — {@code total} counts all
 * matches, not just this page; {@code page} is this page's number (from 0) and {@code size} the page size asked for
 * (a list the server does not page is one page: page 0, its size the number of items).
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page(List<T> items, long total) {
        this(items, total, 0, items.size());
    }

    public static <T> Page<T> of(List<T> items) {
        return new Page<>(items, items.size());
    }

    /** One page of {@code size} items (page {@code page}, from 0) of {@code total} matches. */
    public static <T> Page<T> paged(List<T> items, long total, int page, int size) {
        return new Page<>(items, total, page, size);
    }

    /** The same items and total, as page {@code page} of pages of {@code size}. */
    public Page<T> paged(int page, int size) {
        return new Page<>(items, total, page, size);
    }

    /** The same page with each item mapped. */
    public <R> Page<R> map(java.util.function.Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), total, page, size);
    }
}
