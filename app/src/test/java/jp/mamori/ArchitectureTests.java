package jp.mamori;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/**
 * Where code may lean on the web shell. Domain types — aggregates, values, events, rules: every class that is not
 * a Spring bean and not a form or page model — are plain Java that any module, command or job can use, so they
 * never import {@code jp.mamori.web}, Spring MVC or Thymeleaf. The shared kernel depends on nothing but Java.
 */
class ArchitectureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.mamori");

    /** Spring beans (controllers, services, repositories, configuration) are adapters, not domain types. */
    private static final DescribedPredicate<JavaClass> SPRING_BEAN = new DescribedPredicate<>("a Spring bean") {
        @Override
        public boolean test(JavaClass c) {
            return c.isMetaAnnotatedWith(Component.class) || c.getEnclosingClass().map(this::test).orElse(false);
        }
    };

    /**
     * Records bound from a request or handed to a template, the readers and writers of uploaded and downloaded
     * sheets, the server-drawn SVG charts and the classification of endpoints belong to the web side by their nature.
     */
    private static final DescribedPredicate<JavaClass> WEB_MODEL = new DescribedPredicate<>("a form or page model") {
        @Override
        public boolean test(JavaClass c) {
            String name = c.getEnclosingClass().map(JavaClass::getSimpleName).orElse(c.getSimpleName());
            return name.endsWith("Form") || name.endsWith("Page") || name.endsWith("PageModel")
                    || name.endsWith("View") || name.endsWith("Filter") || name.endsWith("Query")
                    || name.endsWith("Import") || name.endsWith("Export") || name.endsWith("Report")
                    || name.endsWith("Interceptor") || name.startsWith("EndpointAccess")
                    || name.endsWith("Svg") || name.endsWith("ChartDrawing") || name.equals("CoverageChart");
        }
    };

    @Test
    void theKernelDependsOnNothingButJava() {
        classes().that().resideInAPackage("jp.mamori.kernel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jp.mamori.kernel..",
                        // only for the package-info that declares the module
                        "org.springframework.modulith..")
                .check(MAIN);
    }

    @Test
    void domainTypesDoNotImportTheWebShellSpringMvcOrThymeleaf() {
        noClasses().that().resideOutsideOfPackage("jp.mamori.web..")
                .and(DescribedPredicate.not(SPRING_BEAN)).and(DescribedPredicate.not(WEB_MODEL))
                .should().dependOnClassesThat().resideInAnyPackage("jp.mamori.web..", "org.springframework.web..",
                        "org.springframework.ui..", "org.thymeleaf..", "jakarta.servlet..")
                .check(MAIN);
    }
}
