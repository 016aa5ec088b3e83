package org.reformhub.kernel.text;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words a person reads in an answer (a problem's {@code detail}, a field's message), looked up by key
 * in one properties bundle per module ({@code i18n/appeals.properties}). The base file is zh-CN, the
 * platform's language; another language is another file beside it ({@code i18n/appeals_en.properties})
 * chosen with {@code REFORMHUB_LOCALE}, never a code change. Codes, field names and enum values are not
 * translated: clients switch on them.
 */
public final class MessageBundle {

    /** The platform's language; only the bundle files depend on it. */
    public static final Locale LOCALE = Locale.forLanguageTag(
            System.getenv().getOrDefault("REFORMHUB_LOCALE", "zh-CN"));

    /** Words every module uses (a field is required, a date is not a date, an ETag is stale): written once. */
    public static final MessageBundle KERNEL = new MessageBundle("i18n.kernel", null);

    private final String baseName;
    private final ResourceBundle bundle;
    private final MessageBundle fallback;

    private MessageBundle(String baseName, MessageBundle fallback) {
        this.baseName = baseName;
        this.fallback = fallback;
        // no fallback to the JVM's own locale: an English machine must not turn a zh-CN platform English
        this.bundle = ResourceBundle.getBundle(baseName, LOCALE, MessageBundle.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * {@code named("i18n.appeals")} reads {@code i18n/appeals.properties} (and its locale variants); a key
     * it lacks is looked up in the kernel's bundle.
     */
    public static MessageBundle named(String baseName) {
        return new MessageBundle(baseName, KERNEL);
    }

    /**
     * The text of {@code key} with {@code {0}}, {@code {1}}… replaced by the arguments as they are
     * (no number grouping: a year stays 2026). A missing key is a programming error; each module's bundle
     * test checks that every key its code uses exists.
     */
    public String text(String key, Object... args) {
        String pattern;
        if (bundle.containsKey(key)) {
            pattern = bundle.getString(key);
        } else if (fallback != null && fallback.has(key)) {
            return fallback.text(key, args);
        } else {
            throw new IllegalStateException("message " + key + " missing from " + baseName);
        }
        if (args.length == 0) {
            return pattern;
        }
        StringBuilder text = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                text.append(index < args.length ? String.valueOf(args[index]) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        return text.toString();
    }

    public boolean has(String key) {
        return bundle.containsKey(key) || (fallback != null && fallback.has(key));
    }

    private static boolean isIndex(String pattern, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(pattern.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
