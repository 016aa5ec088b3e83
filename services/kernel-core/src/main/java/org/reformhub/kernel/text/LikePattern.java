package org.reformhub.kernel.text;

/**
 * Words a person typed, as an SQL {@code LIKE} pattern that finds them anywhere in a text: {@code %} and {@code _}
 * in the words are data, never wildcards (the pattern escapes with a backslash: {@code like :p escape '\'}).
 */
public final class LikePattern {

    private LikePattern() {
    }

    public static String containing(String words) {
        return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
