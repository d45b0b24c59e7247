package io.newsaggregator.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, checked on the compiled main classes of every module. */
class ArchitectureTest {
    private static final String DOMAIN = "io.newsaggregator.domain..";
    private static final String PERSISTENCE = "io.newsaggregator.persistence..";
    private static final String INGEST = "io.newsaggregator.ingest..";
    private static final String ANALYSIS = "io.newsaggregator.analysis..";
    private static final String MIGRATIONS = "io.newsaggregator.migrations..";
    private static final String APP = "io.newsaggregator.app..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // in a reactor build the other modules arrive as jars; their test-jars are not production code
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.newsaggregator");
    }

    @Test
    void domainUsesNoFrameworkSqlOrHttpTypes() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.persistence..", "org.hibernate..", "org.jsoup..", "com.rometools..",
                        "java.sql..", "javax.sql..", "java.net.http..", "com.fasterxml..", "org.flywaydb..",
                        "org.apache.lucene..", "crawlercommons..", "picocli..", "com.zaxxer..", "org.mapstruct..")
                .because("news-domain is plain Java; technology lives in the adapters")
                .check(classes);
    }

    @Test
    void domainDependsOnNoAdapter() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, INGEST, ANALYSIS, MIGRATIONS, APP)
                .check(classes);
    }

    @Test
    void persistenceAdapterDependsOnNoOtherAdapter() {
        noClasses().that().resideInAPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage(INGEST, ANALYSIS, APP)
                .check(classes);
    }

    @Test
    void ingestAdapterDependsOnNoOtherAdapter() {
        noClasses().that().resideInAPackage(INGEST)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, ANALYSIS, MIGRATIONS, APP)
                .check(classes);
    }

    @Test
    void analysisAdapterDependsOnNoOtherAdapter() {
        noClasses().that().resideInAPackage(ANALYSIS)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, INGEST, MIGRATIONS, APP)
                .check(classes);
    }

    @Test
    void httpHandlersOnlyCallTheFacadeAndItsInboundPorts() {
        noClasses().that().resideInAPackage("io.newsaggregator.app.http..")
                .should().dependOnClassesThat().resideInAnyPackage("io.newsaggregator.domain.port.out..",
                        "io.newsaggregator.domain.service..", "io.newsaggregator.domain.query..", PERSISTENCE, INGEST)
                .because("handlers parse, call NewsAggregator (the same use cases as the CLI) and render; "
                        + "a missing query belongs in the domain as an inbound port")
                .check(classes);
    }

    @Test
    void migrationsStandAlone() {
        noClasses().that().resideInAPackage(MIGRATIONS)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, INGEST, ANALYSIS, APP)
                .check(classes);
    }

    @Test
    void technologyStaysInItsAdapter() {
        noClasses().that().resideOutsideOfPackages(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "org.mapstruct..")
                .because("Hibernate and JPA appear only in news-persistence-jpa")
                .check(classes);
        noClasses().that().resideOutsideOfPackages(INGEST)
                .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..", "com.rometools..", "crawlercommons..")
                .because("jsoup, ROME and crawler-commons appear only in news-ingest")
                .check(classes);
        noClasses().that().resideOutsideOfPackages(ANALYSIS)
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "opennlp..")
                .because("Lucene and OpenNLP appear only in news-analysis")
                .check(classes);
        noClasses().that().resideOutsideOfPackages(MIGRATIONS)
                .should().dependOnClassesThat().resideInAnyPackage("org.flywaydb..")
                .because("Flyway appears only in the migrations module")
                .check(classes);
    }

    @Test
    void jpaEntitiesNeverLeaveThePersistenceModule() {
        classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .should().resideInAPackage(PERSISTENCE)
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideOutsideOfPackage(PERSISTENCE)
                .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                .check(classes);
    }

    @Test
    void portsDeclareNoCheckedExceptions() {
        noMethods().that().areDeclaredInClassesThat().resideInAPackage("io.newsaggregator.domain.port..")
                .should().declareThrowableOfType(Exception.class)
                .because("only the unchecked NewsException tree crosses a port")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void domainExceptionsBelongToTheNewsExceptionTree() {
        classes().that().resideInAPackage("io.newsaggregator.domain.error..")
                .and().areAssignableTo(Throwable.class)
                .should().beAssignableTo(io.newsaggregator.domain.error.NewsException.class)
                .check(classes);
    }

    @Test
    void modelDoesNotDependOnPortsOrServices() {
        noClasses().that().resideInAnyPackage("io.newsaggregator.domain.model..", "io.newsaggregator.domain.analysis..",
                        "io.newsaggregator.domain.report..", "io.newsaggregator.domain.query..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.newsaggregator.domain.port..", "io.newsaggregator.domain.service..")
                .check(classes);
    }

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching("io.newsaggregator.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void domainPackagesAreFreeOfCycles() {
        slices().matching("io.newsaggregator.domain.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Time is injected: the system clock enters in one place for the command line ({@code NewsApp})
     * and one for embedders ({@code NewsAggregator.Builder}); everything else reads the Clock it is given.
     */
    @Test
    void onlyTheEdgesReadTheSystemClock() {
        noClasses().that().doNotHaveFullyQualifiedName(NewsApp.class.getName())
                .and().doNotHaveFullyQualifiedName(NewsAggregator.Builder.class.getName())
                .should().callCodeUnitWhere(READS_THE_WALL_CLOCK)
                .because("a default or window that reads today's date makes behaviour and tests depend on the calendar")
                .check(classes);
    }

    private static final DescribedPredicate<JavaCall<?>> READS_THE_WALL_CLOCK = DescribedPredicate.describe(
            "a read of the system clock (now() without a Clock, Clock.system*, System.currentTimeMillis, new Date())",
            access -> {
                String owner = access.getTargetOwner().getName();
                String name = access.getTarget().getName();
                if (owner.startsWith("java.time.") && name.equals("now")) {
                    return !access.getTarget().getRawParameterTypes().stream()
                            .anyMatch(type -> type.isEquivalentTo(java.time.Clock.class));
                }
                return owner.equals("java.time.Clock") && name.startsWith("system")
                        || owner.equals("java.lang.System") && name.equals("currentTimeMillis")
                        || owner.equals("java.util.Date") && name.equals("<init>")
                                && access.getTarget().getRawParameterTypes().isEmpty();
            });
}
