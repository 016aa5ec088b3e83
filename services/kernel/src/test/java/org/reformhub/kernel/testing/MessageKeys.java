package org.reformhub.kernel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.reformhub.kernel.text.MessageBundle;

/**
 * A module's words for people are looked up by key at run time; this finds every key its main code names
 * ({@code text("appeal.unknown", …)}) and checks the bundle has it, so a typo fails the build instead of a request.
 */
public final class MessageKeys {

    private static final Pattern USED = Pattern.compile("text\\(\"([a-z0-9][a-z0-9.-]*[a-z0-9])\"");

    private MessageKeys() {
    }

    /** @param module the module's folder from the repository root, e.g. {@code services/enterprise-appeals} */
    public static Set<String> assertEveryUsedKeyExists(String module, MessageBundle bundle) {
        Path sources = RepositoryFiles.find(module + "/src/main/java");
        Set<String> missing = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                Matcher m = USED.matcher(read(file));
                while (m.find()) {
                    used.add(m.group(1));
                    if (!bundle.has(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(!used.isEmpty(), "no message keys found under " + sources);
        assertEquals(Set.of(), missing, "keys used in code but missing from the bundle");
        return used;
    }

    /** Keys built at run time from an enum ({@code appeal.status.ACCEPTED}): each constant needs its words. */
    public static void assertEveryConstantHasWords(MessageBundle bundle, String prefix, Enum<?>[] constants) {
        Set<String> missing = new TreeSet<>();
        for (Enum<?> constant : constants) {
            if (!bundle.has(prefix + constant.name())) {
                missing.add(prefix + constant.name());
            }
        }
        assertEquals(Set.of(), missing, "enum constants without words");
    }

    /**
     * Words looked up as {@code prefix + slug}, where the slug is a string literal the pattern's group 1 finds in
     * the module's code (the actions a status refusal names: {@code WrongStatus(status, "merge")}).
     */
    public static void assertEverySlugHasWords(String module, MessageBundle bundle, String prefix, Pattern slug) {
        Path sources = RepositoryFiles.find(module + "/src/main/java");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = slug.matcher(read(file));
                while (m.find()) {
                    found++;
                    if (!bundle.has(prefix + m.group(1))) {
                        missing.add(prefix + m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(found > 0, "no slugs found for " + prefix);
        assertEquals(Set.of(), missing, "slugs without words");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
