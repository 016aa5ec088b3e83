package org.reformhub.warehouse;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.ArchitectureRules;

class ArchitectureTest {

    private final com.tngtech.archunit.core.domain.JavaClasses classes = ArchitectureRules.importService("org.reformhub.warehouse");

    @Test
    void domain_code_is_free_of_frameworks_and_edges() {
        ArchitectureRules.domainIsFrameworkFree().check(classes);
    }

    @Test
    void the_service_uses_no_other_service_code() {
        ArchitectureRules.noOtherService("org.reformhub.warehouse").check(classes);
    }
}
