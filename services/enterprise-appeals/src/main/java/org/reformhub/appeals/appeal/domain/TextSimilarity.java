package org.reformhub.appeals.appeal.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two texts are, 0 to 1: the Dice coefficient of their character bigrams, spaces and punctuation
 * ignored. Chinese has no spaces between words, so bigrams of characters are what a word-based measure (or
 * PostgreSQL's pg_trgm, which skips CJK characters in a C-locale cluster) cannot give.
 */
public final class TextSimilarity {

    /** Texts at least this alike are suggested as possible duplicates. */
    public static final double SUGGEST_FROM = 0.3;

    private TextSimilarity() {
    }

    public static double dice(String a, String b) {
        Map<String, Integer> left = bigrams(a);
        Map<String, Integer> right = bigrams(b);
        int total = left.values().stream().mapToInt(Integer::intValue).sum() + right.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        for (var entry : left.entrySet()) {
            shared += Math.min(entry.getValue(), right.getOrDefault(entry.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    /** The distinct character bigrams of a text (spaces and punctuation ignored). */
    public static java.util.Set<String> bigramSet(String text) {
        return bigrams(text).keySet();
    }

    private static Map<String, Integer> bigrams(String text) {
        String letters = text == null ? "" : text.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s，。、；：？！“”‘’（）《》【】]", "")
                .toLowerCase();
        Map<String, Integer> bigrams = new HashMap<>();
        int[] points = letters.codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i++) {
            bigrams.merge(new String(points, i, 2), 1, Integer::sum);
        }
        return bigrams;
    }
}
