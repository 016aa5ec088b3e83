package org.reformhub.kernel.api;

import java.util.List;

/**
 * Every list a ReformHub API returns: {@code {"items":[…],"total":N}}, total counting all matches, not just this page;
 * a list paged on the server adds the page it is ({@code "page"}, from 0) and its size ({@code "size"}).
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, long total, Integer page, Integer size) {

    public Page(List<T> items, long total) {
        this(items, total, null, null);
    }

    public static <T> Page<T> of(List<T> items) {
        return new Page<>(items, items.size());
    }

    /** One page of {@code size} items (page {@code page}, from 0) of {@code total} matches. */
    public static <T> Page<T> paged(List<T> items, long total, int page, int size) {
        return new Page<>(items, total, page, size);
    }

    /** The same page with each item mapped. */
    public <R> Page<R> map(java.util.function.Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), total, page, size);
    }
}
