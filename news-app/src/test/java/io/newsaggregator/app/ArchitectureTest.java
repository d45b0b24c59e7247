package io.newsaggregator.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.newsaggregator.analysis.AnalysisAdapters;
import io.newsaggregator.app.archfixture.Entry;
import io.newsaggregator.app.archfixture.Leak;
import io.newsaggregator.app.archfixture.LeakyCommand;
import io.newsaggregator.domain.port.out.Repositories;
import io.newsaggregator.domain.port.out.UnitOfWork;
import io.newsaggregator.ingest.Catalog;
import io.newsaggregator.ingest.HttpFetchSettings;
import io.newsaggregator.ingest.IngestAdapters;
import io.newsaggregator.ingest.PortalDefinition;
import io.newsaggregator.ingest.SourceDefinition;
import io.newsaggregator.migrations.MigrateOutcome;
import io.newsaggregator.migrations.MigrationEntry;
import io.newsaggregator.migrations.MigrationStatus;
import io.newsaggregator.migrations.NewsMigrations;
import io.newsaggregator.migrations.RepairOutcome;
import io.newsaggregator.migrations.ValidationOutcome;
import io.newsaggregator.persistence.JpaPersistence;
import io.newsaggregator.persistence.PersistenceSettings;
import io.newsaggregator.app.presentation.DashboardRenderer;
import io.newsaggregator.app.presentation.HtmlReportRenderer;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
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
    private static final String PRESENTATION = "io.newsaggregator.app.presentation..";
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
    void presentationRendersDomainValuesOnly() {
        PRESENTATION_RENDERS_DOMAIN_VALUES_ONLY.check(classes);
    }

    @Test
    void commandsNeverReachPersistence() {
        COMMANDS_NEVER_REACH_PERSISTENCE.check(classes);
    }

    @Test
    void eachAdapterModuleExposesOnlyItsEntries() {
        publicSurface(PERSISTENCE, JpaPersistence.class, PersistenceSettings.class).check(classes);
        publicSurface(ANALYSIS, AnalysisAdapters.class).check(classes);
        // the fetcher's settings and the catalog's values are what an embedder hands to NewsAggregator's builder
        publicSurface(INGEST, IngestAdapters.class, HttpFetchSettings.class, Catalog.class, PortalDefinition.class,
                SourceDefinition.class).check(classes);
        publicSurface(MIGRATIONS, NewsMigrations.class, MigrationStatus.class, MigrationEntry.class, MigrateOutcome.class,
                RepairOutcome.class, ValidationOutcome.class).check(classes);
    }

    /**
     * Not yet one entry: what the app exposes today, so the surface does not grow unnoticed.
     * Narrow it by moving a type behind an entry and taking it off this list.
     */
    @Test
    void appExposesNoMoreThanToday() {
        publicSurface(APP, APP_SURFACE).check(classes);
    }

    /** Presentation is one package of the app with its own entries: the page renderers. */
    @Test
    void presentationExposesOnlyItsRenderers() {
        publicSurface(PRESENTATION, HtmlReportRenderer.class, DashboardRenderer.class).check(classes);
    }

    /** The rules above must be able to fail: each is run against classes that break it. */
    @Test
    void theRulesFailOnClassesThatBreakThem() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakyCommand.class);
        assertThatThrownBy(() -> COMMANDS_NEVER_REACH_PERSISTENCE.check(leaky)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(LeakyCommand.class.getName())
                .hasMessageContaining("JpaPersistence")
                .hasMessageContaining("NewsAggregator.unitOfWork()");

        JavaClasses fixture = new ClassFileImporter().importPackages(Entry.class.getPackageName());
        String fixturePackage = Entry.class.getPackageName() + "..";
        assertThatThrownBy(() -> publicSurface(fixturePackage, Entry.class, LeakyCommand.class).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(Leak.class.getName() + " is exposed")
                .hasMessageNotContaining("Hidden");
        publicSurface(fixturePackage, Entry.class, Leak.class, LeakyCommand.class).check(fixture);

        // the renderer's tests parse its pages with jsoup: presentation classes that the rule rejects
        JavaClasses parsing = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(HtmlReportRenderer.class.getPackageName());
        assertThatThrownBy(() -> PRESENTATION_RENDERS_DOMAIN_VALUES_ONLY.check(parsing)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.jsoup");
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

    /**
     * What people look at is rendered from the domain's values and the JDK alone, so the package can
     * move as a whole: no port, service, adapter, HTTP, CLI or JSON type, and nothing else of the app.
     */
    static final ArchRule PRESENTATION_RENDERS_DOMAIN_VALUES_ONLY = classes()
            .that().resideInAPackage(PRESENTATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(PRESENTATION, "java..",
                    "io.newsaggregator.domain.model..", "io.newsaggregator.domain.report..", "io.newsaggregator.domain.analysis..")
            .because("docs/decisions/0004-presentation.md");

    private static final String[] APP_SURFACE = {
            "io.newsaggregator.app.NewsAggregator", "io.newsaggregator.app.NewsApp", "io.newsaggregator.app.Json",
            "io.newsaggregator.app.http.HttpApi", "io.newsaggregator.app.http.ApiSettings",
            "io.newsaggregator.app.http.Jobs", "io.newsaggregator.app.metrics.NewsMetrics",
            "io.newsaggregator.app.presentation.HtmlReportRenderer", "io.newsaggregator.app.presentation.DashboardRenderer",
            "io.newsaggregator.app.pipes.DagsterPipes",
            // an embedder runs a fleet worker in its own process
            "io.newsaggregator.app.FleetWorker", "io.newsaggregator.app.WorkerSettings",
            // logback finds its configurator through the service loader, which needs a public class
            "io.newsaggregator.app.ConsoleLogging"};

    /**
     * Commands parse, call a use case through {@link NewsAggregator} and print: they never start
     * persistence, open a unit of work or hold a repository.
     */
    static final ArchRule COMMANDS_NEVER_REACH_PERSISTENCE = noClasses()
            .that().resideInAPackage(APP).and().haveNameMatching(".*Command(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage(PERSISTENCE)
            .orShould().dependOnClassesThat().haveFullyQualifiedName(UnitOfWork.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName(Repositories.class.getName())
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().callMethod(NewsAggregator.class, "unitOfWork")
            .because("a command that needs the store needs a use case; NewsAggregator.unitOfWork() is for embedders");

    static ArchRule publicSurface(String modulePackage, Class<?>... entries) {
        return publicSurface(modulePackage, Arrays.stream(entries).map(Class::getName).toArray(String[]::new));
    }

    /**
     * The only types of the module code outside it can reach are its entries and the public types
     * nested in them; everything else is package-private.
     */
    static ArchRule publicSurface(String modulePackage, String... entries) {
        Set<String> allowed = Set.of(entries);
        return classes().that().resideInAPackage(modulePackage).and(EXPOSED)
                .should(new ArchCondition<JavaClass>("be one of its public entries " + new TreeSet<>(allowed)
                        + " or nested in one") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        JavaClass top = type;
                        while (top.getEnclosingClass().isPresent()) {
                            top = top.getEnclosingClass().get();
                        }
                        boolean entry = allowed.contains(top.getName());
                        events.add(new SimpleConditionEvent(type, entry, type.getName()
                                + (entry ? " belongs to the entry " + top.getName() : " is exposed but is no entry of "
                                + modulePackage)));
                    }
                })
                .allowEmptyShould(true);
    }

    /** Public, and so are all the types it is nested in: reachable from outside its package. */
    private static final DescribedPredicate<JavaClass> EXPOSED = DescribedPredicate.describe("are exposed", type -> {
        for (JavaClass c = type; c != null; c = c.getEnclosingClass().orElse(null)) {
            if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    });

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
