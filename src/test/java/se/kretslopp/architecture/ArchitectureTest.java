package se.kretslopp.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The house rules of the package structure: features are top-level packages under se.kretslopp; they meet only
 * through another feature's service and its api records; only search talks to the search engine; common
 * depends on no feature.
 */
@AnalyzeClasses(packages = "se.kretslopp", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "se.kretslopp.";

    @ArchTest
    static final ArchRule onlySearchTalksToTheSearchEngine = noClasses()
            .that().resideOutsideOfPackage("se.kretslopp.search..")
            .should().dependOnClassesThat().resideInAnyPackage("org.elasticsearch..", "org.opensearch..", "co.elastic..")
            .because("only the search package may talk to the search engine");

    @ArchTest
    static final ArchRule nobodyUsesTheTypedElasticClient = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("co.elastic..")
            .because("the typed client refuses OpenSearch");

    @ArchTest
    static final ArchRule commonDependsOnNoFeature = noClasses()
            .that().resideInAPackage("se.kretslopp.common..")
            .should().dependOnClassesThat(new DescribedPredicate<>("belong to a feature") {
                @Override
                public boolean test(JavaClass target) {
                    return target.getPackageName().startsWith(ROOT) && !featureOf(target).equals("common");
                }
            });

    /**
     * A retried write is retried outside its transaction (a retry inside the one that failed would fail again):
     * the retry guard sits on resource methods, which open no session, never on a method that opens a transaction.
     */
    @ArchTest
    static final ArchRule writesAreRetriedOutsideTheirTransaction = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .methods().that().areAnnotatedWith(io.smallrye.faulttolerance.api.ApplyGuard.class)
            .should().beDeclaredInClassesThat().areAnnotatedWith(jakarta.ws.rs.Path.class)
            .andShould().notBeAnnotatedWith(io.quarkus.hibernate.reactive.panache.common.WithTransaction.class)
            .andShould().notBeAnnotatedWith(io.quarkus.hibernate.reactive.panache.common.WithSession.class)
            .because("a retry must start a new transaction (common.ConcurrentWrites)");

    @ArchTest
    static final ArchRule featuresMeetThroughServices = classes()
            .that().resideInAPackage("se.kretslopp..")
            .should(new ArchCondition<>("reach other features only through their *Service classes and api records") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String feature = featureOf(origin);
                    origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                        JavaClass target = dependency.getTargetClass().getBaseComponentType();
                        if (!target.getPackageName().startsWith(ROOT)) {
                            return;
                        }
                        String other = featureOf(target);
                        if (other.equals(feature) || other.equals("common")) {
                            return;
                        }
                        boolean allowed = target.getSimpleName().endsWith("Service")
                                || target.getPackageName().equals(ROOT + other + ".api")
                                || target.getPackageName().startsWith(ROOT + other + ".api.")
                                || (target.getEnclosingClass().isPresent()
                                && target.getEnclosingClass().get().getSimpleName().endsWith("Service"));
                        if (!allowed) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    });
                }
            });

    @ArchTest
    static void thereAreFeaturesToCheck(JavaClasses classes) {
        long features = classes.stream().map(ArchitectureTest::featureOf).distinct().count();
        if (features < 4) {
            throw new AssertionError("Expected the feature packages under se.kretslopp, found " + features);
        }
    }

    static String featureOf(JavaClass type) {
        String rest = type.getPackageName().substring(Math.min(type.getPackageName().length(), ROOT.length()));
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
