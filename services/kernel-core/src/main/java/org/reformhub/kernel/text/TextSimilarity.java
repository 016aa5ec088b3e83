package org.reformhub.kernel.text;

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
        return new Text(a).dice(b);
    }

    /** A text prepared once for comparing with many others (its bigrams counted once). */
    public static final class Text {

        private final Map<String, Integer> bigrams;
        private final int total;

        public Text(String text) {
            this.bigrams = bigrams(text);
            this.total = bigrams.values().stream().mapToInt(Integer::intValue).sum();
        }

        public double dice(String other) {
            return TextSimilarity.dice(bigrams, total, bigrams(other));
        }
    }

    private static double dice(Map<String, Integer> left, int leftTotal, Map<String, Integer> right) {
        int total = leftTotal + right.values().stream().mapToInt(Integer::intValue).sum();
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

    /** Bigrams of the letters and digits only: spaces, punctuation and symbols (ASCII or Chinese) say nothing. */
    private static Map<String, Integer> bigrams(String text) {
        Map<String, Integer> bigrams = new HashMap<>();
        if (text == null) {
            return bigrams;
        }
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            i += Character.charCount(point);
            if (!Character.isLetterOrDigit(point)) {
                continue;
            }
            point = Character.toLowerCase(point);
            if (previous >= 0) {
                bigrams.merge(new StringBuilder(4).appendCodePoint(previous).appendCodePoint(point).toString(), 1, Integer::sum);
            }
            previous = point;
        }
        return bigrams;
    }
}
