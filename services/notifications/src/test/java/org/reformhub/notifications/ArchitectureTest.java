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

    // Not yet: features_depend_on_each_other_one_way (ArchitectureRules.featuresAreFreeOfCycles). The rule/ package
    // is imported back by the features it serves (inbox, delivery, reminder, …); turning those arrows is open work.
}
