package org.reformhub.kernel.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout rules every service follows, checked by one small test per service:
 * a feature's {@code domain} knows nothing of HTTP, Kafka, Quarkus or its own edges, and no service
 * reaches into another service's code (they share facts through events and REST only).
 */
public final class ArchitectureRules {

    private static final List<String> SERVICE_PACKAGES = List.of("org.reformhub.registry", "org.reformhub.progress",
            "org.reformhub.notifications", "org.reformhub.appeals");

    private ArchitectureRules() {
    }

    public static JavaClasses importService(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    public static ArchRule domainIsFrameworkFree() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..api..", "..application..", "..infrastructure..",
                        "jakarta.ws.rs..", "io.quarkus..", "org.apache.kafka..", "io.vertx..", "io.smallrye..")
                .allowEmptyShould(true)
                .because("rules live in plain Java that a unit test can build");
    }

    public static ArchRule noOtherService(String ownPackage) {
        String[] others = SERVICE_PACKAGES.stream().filter(p -> !p.equals(ownPackage)).map(p -> p + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(ownPackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .allowEmptyShould(true)
                .because("services share facts only through events and REST");
    }
}
