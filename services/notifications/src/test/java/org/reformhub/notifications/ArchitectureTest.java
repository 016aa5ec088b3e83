package org.reformhub.notifications;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.ArchitectureRules;

class ArchitectureTest {

    private final com.tngtech.archunit.core.domain.JavaClasses classes = ArchitectureRules.importService("org.reformhub.notifications");

    @Test
    void domain_code_is_free_of_frameworks_and_edges() {
        ArchitectureRules.domainIsFrameworkFree().check(classes);
    }

    @Test
    void the_service_uses_no_other_service_code() {
        ArchitectureRules.noOtherService("org.reformhub.notifications").check(classes);
    }

    @Test
    void features_use_each_others_use_cases_never_their_repositories() {
        ArchitectureRules.featuresUseEachOthersUseCasesOnly("org.reformhub.notifications").check(classes);
    }

    @Test
    void rules_and_use_cases_refuse_with_rejections_never_http() {
        ArchitectureRules.refusalsAreRejections().check(classes);
    }

    @Test
    void every_rejection_has_a_problem_type() {
        ArchitectureRules.everyRejectionHasAProblemType(classes, NotificationRejections.TABLE);
    }

    @Test
    void dependencies_between_packages_point_one_way() {
        ArchitectureRules.packagesAreFreeOfCycles("org.reformhub.notifications").check(classes);
    }

    /**
     * {@code rule} (the rules, recipients, channels, severities) is what every feature builds on and uses none of
     * them; the Kafka consumers that feed the features live in {@code intake}, the feature that uses them all.
     */
    @Test
    void features_depend_on_each_other_one_way() {
        ArchitectureRules.featuresAreFreeOfCycles("org.reformhub.notifications").check(classes);
    }
}
