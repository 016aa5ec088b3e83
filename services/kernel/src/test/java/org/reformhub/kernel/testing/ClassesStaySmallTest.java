package org.reformhub.kernel.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No main class of the platform is over 250 lines (docs/architecture.md): a class that grows past it holds more than
 * one rule or one resource group, and is split along them (as {@code Appeal} was into its stages).
 */
class ClassesStaySmallTest {

    private static final int MOST_LINES = 250;

    @Test
    void no_main_class_is_over_250_lines() throws IOException {
        Path root = RepositoryFiles.find("docs/architecture.md").getParent().getParent();
        List<String> large;
        try (Stream<Path> files = Files.walk(root)) {
            large = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.run"))
                    .filter(p -> lines(p) > MOST_LINES)
                    .map(p -> root.relativize(p) + " (" + lines(p) + " lines)").sorted().toList();
        }
        assertTrue(root.resolve("services").toFile().isDirectory(), "the repository's root: " + root);
        assertEquals(List.of(), large, "main classes over " + MOST_LINES + " lines");
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
