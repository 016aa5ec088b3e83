package org.reformhub.kernel.city;

import java.util.Optional;

/**
 * A programme's code (改革批次编码, e.g. {@code yshj-2020}): lower-case letters, digits and hyphens, 2 to 40 characters,
 * starting with a letter or digit. It is part of every measure's name ({@code <programme>/<code>}), of URLs and of
 * Kafka keys, so every service, the gateway and the console check it with this one pattern.
 */
public record ProgrammeCode(String value) {

    /** For {@code @Pattern} and {@code @Path} templates, which need a constant. */
    public static final String PATTERN = "[a-z0-9][a-z0-9-]{1,39}";

    private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

    public ProgrammeCode {
        if (!valid(value)) {
            throw new IllegalArgumentException("not a programme code: " + value);
        }
    }

    public static boolean valid(String given) {
        return given != null && COMPILED.matcher(given).matches();
    }

    /** The code, when the text is one; empty for anything else (null included). */
    public static Optional<ProgrammeCode> parse(String given) {
        return valid(given) ? Optional.of(new ProgrammeCode(given)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
