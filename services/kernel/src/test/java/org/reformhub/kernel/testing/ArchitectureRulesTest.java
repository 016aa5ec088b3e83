package org.reformhub.kernel.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The layout rules bite: each fails on a fixture that breaks it, and on an empty (mistyped) package. */
class ArchitectureRulesTest {

    private static final String SAMPLE = "org.reformhub.kernel.testing.sample";
    private final JavaClasses sample = new ClassFileImporter().importPackages(SAMPLE);

    @Test
    void a_feature_reaching_into_another_features_repository_fails() {
        assertThrows(AssertionError.class, () -> ArchitectureRules.featuresUseEachOthersUseCasesOnly(SAMPLE).check(sample));
    }

    @Test
    void a_domain_class_that_knows_http_fails() {
        assertThrows(AssertionError.class, () -> ArchitectureRules.domainIsFrameworkFree().check(sample));
    }

    @Test
    void a_domain_class_that_carries_its_table_mapping_fails() {
        JavaClasses mapped = new ClassFileImporter().importPackages("org.reformhub.kernel.testing.mapped");
        assertThrows(AssertionError.class, () -> ArchitectureRules.domainIsFrameworkFree().check(mapped));
    }

    @Test
    void a_use_case_that_refuses_with_an_http_problem_fails() {
        assertThrows(AssertionError.class, () -> ArchitectureRules.refusalsAreRejections().check(sample));
    }

    @Test
    void a_rejection_the_table_forgot_fails_and_a_full_table_passes() {
        var late = org.reformhub.kernel.testing.sample.report.domain.ReportRejection.Late.class;
        var unknown = org.reformhub.kernel.testing.sample.report.domain.ReportRejection.Unknown.class;
        AssertionError missing = assertThrows(AssertionError.class,
                () -> ArchitectureRules.everyRejectionHasAProblemType(sample, java.util.Map.of(late, "row")));
        org.junit.jupiter.api.Assertions.assertTrue(missing.getMessage().contains("Unknown"), missing.getMessage());
        ArchitectureRules.everyRejectionHasAProblemType(sample, java.util.Map.of(late, "row", unknown, "row"));
    }

    @Test
    void two_packages_that_use_each_other_fail_and_the_layered_sample_passes() {
        String cycle = "org.reformhub.kernel.testing.cycle";
        assertThrows(AssertionError.class, () -> ArchitectureRules.packagesAreFreeOfCycles(cycle)
                .check(new ClassFileImporter().importPackages(cycle)));
        ArchitectureRules.packagesAreFreeOfCycles(SAMPLE).check(sample);
    }

    @Test
    void a_mistyped_package_matches_nothing_and_fails_instead_of_passing() {
        JavaClasses nothing = new ClassFileImporter().importPackages("org.reformhub.no.such.service");
        assertThrows(AssertionError.class, () -> ArchitectureRules.domainIsFrameworkFree().check(nothing));
        assertThrows(AssertionError.class, () -> ArchitectureRules.noOtherService("org.reformhub.no.such").check(nothing));
        assertThrows(AssertionError.class,
                () -> ArchitectureRules.featuresUseEachOthersUseCasesOnly("org.reformhub.no.such").check(nothing));
    }
}
