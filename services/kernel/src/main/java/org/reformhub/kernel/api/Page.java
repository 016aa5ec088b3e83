package org.reformhub.kernel.api;

import java.util.List;

/** Every list a ReformHub API returns: {@code {"items":[…],"total":N}}, total counting all matches, not just this page. */
public record Page<T>(List<T> items, long total) {

    public static <T> Page<T> of(List<T> items) {
        return new Page<>(items, items.size());
    }
}
