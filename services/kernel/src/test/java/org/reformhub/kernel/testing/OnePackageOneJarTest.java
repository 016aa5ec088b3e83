package org.reformhub.kernel.testing;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each package of the kernel lives in one jar: kernel-core (plain Java, for domain code) or kernel (Quarkus). A
 * package split between the two cannot be a module, and a reader looking for a class finds half the package.
 */
class OnePackageOneJarTest {

    @Test
    void no_package_is_split_between_kernel_core_and_kernel() {
        Map<String, Set<String>> origins = new TreeMap<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reformhub.kernel")) {
            String uri = c.getSource().map(source -> source.getUri().toString()).orElse("?");
            String origin = uri.substring(0, uri.indexOf("org/reformhub/kernel/"));
            origins.computeIfAbsent(c.getPackageName(), p -> new TreeSet<>()).add(origin);
        }
        assertTrue(origins.containsKey("org.reformhub.kernel.rule") && origins.containsKey("org.reformhub.kernel.outbox"),
                "both jars are on the test class path: " + origins.keySet());
        Map<String, Set<String>> split = new TreeMap<>();
        origins.forEach((p, jars) -> {
            if (jars.size() > 1) {
                split.put(p, jars);
            }
        });
        assertEquals(Map.of(), split, "packages found in more than one jar");
    }
}
