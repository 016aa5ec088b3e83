package org.reformhub.kernel.testing;

import java.util.List;
import java.util.Map;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.kernel.rule.Rejection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layout rules every service follows, checked by one small test per service:
 * a feature's {@code domain} knows nothing of HTTP, Kafka, Quarkus, persistence or its own edges, and no service
 * reaches into another service's code (they share facts through events and REST only). The rules fail on
 * an empty match, so a mistyped package cannot make them pass.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICE_PACKAGES = List.of("org.reformhub.registry", "org.reformhub.progress",
            "org.reformhub.notifications", "org.reformhub.appeals", "org.reformhub.warehouse");

    private ArchitectureRules() {
    }

    public static JavaClasses importService(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    public static ArchRule domainIsFrameworkFree() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..api..", "..application..", "..infrastructure..",
                        "jakarta.ws.rs..", "io.quarkus..", "org.apache.kafka..", "io.vertx..", "io.smallrye..",
                        "jakarta.persistence..", "org.hibernate..")
                .because("rules live in plain Java that a unit test can build; how they are stored is mapped in the "
                        + "service's META-INF/orm.xml (decision 0020)");
    }

    /**
     * A feature ({@code <root>.<feature>..}) uses another feature's use cases and ports ({@code application}),
     * never its repositories or adapters ({@code infrastructure}).
     */
    public static ArchRule featuresUseEachOthersUseCasesOnly(String rootPackage) {
        return classes().that().resideInAPackage(rootPackage + "..")
                .should(new ArchCondition<JavaClass>("not use another feature's infrastructure") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String own = feature(rootPackage, item.getPackageName());
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getPackageName();
                            String other = feature(rootPackage, target);
                            if (other != null && !other.equals(own) && target.contains(".infrastructure")) {
                                events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                            }
                        }
                    }
                })
                .because("a feature calls another feature's use case or port, never its repository");
    }

    private static String feature(String rootPackage, String packageName) {
        if (!packageName.startsWith(rootPackage + ".")) {
            return null;
        }
        String rest = packageName.substring(rootPackage.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * One way to refuse (decision 0005): rules and use cases return or raise {@code Rejection}s; only the REST layer
     * knows HTTP, the problem types and their statuses.
     */
    public static ArchRule refusalsAreRejections() {
        return noClasses().that().resideInAnyPackage("..domain..", "..application..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
                .orShould().dependOnClassesThat().belongToAnyOf(ProblemException.class, Problem.class, ProblemType.class)
                .because("a rule says what went wrong as a Rejection; the service's one table says how it reads on the wire");
    }

    /** Every rejection the service can raise has its row in the service's one table (else it would answer 500). */
    public static void everyRejectionHasAProblemType(JavaClasses classes, Map<Class<? extends Rejection>, ?> table) {
        List<String> missing = classes.stream()
                .filter(c -> c.isAssignableTo(Rejection.class) && !c.isInterface())
                .filter(c -> !table.containsKey(c.reflect()))
                .map(JavaClass::getName).sorted().toList();
        if (!missing.isEmpty()) {
            throw new AssertionError("rejections without a problem type: " + missing);
        }
    }

    /** Dependencies between the service's packages point one way: no package reaches back to one that uses it. */
    public static ArchRule packagesAreFreeOfCycles(String rootPackage) {
        return com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching(rootPackage + ".(**)").should().beFreeOfCycles()
                .because("a package is read before the packages that use it");
    }

    /**
     * Features depend on each other one way too: the feature that names another's things uses it, not back (a
     * department merge tells the measures by an event they observe). Not yet true of every service (see its test).
     */
    public static ArchRule featuresAreFreeOfCycles(String rootPackage) {
        return com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching(rootPackage + ".(*)..").should().beFreeOfCycles()
                .because("a feature is understood before the features that use it");
    }

    public static ArchRule noOtherService(String ownPackage) {
        String[] others = SERVICE_PACKAGES.stream().filter(p -> !p.equals(ownPackage)).map(p -> p + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(ownPackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services share facts only through events and REST");
    }
}
