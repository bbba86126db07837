package jp.mamori.sanitizer.file;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The calling JVM never parses PDF or Office formats: the file engine hands them to the worker package, the
 * only code of the file side that may touch PDFBox or POI.
 */
class IsolationArchitectureTests {
    private final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.mamori.sanitizer");

    @Test
    void theFileEngineNeverUsesPdfBoxOrPoiItself() {
        noClasses().that().resideInAPackage("jp.mamori.sanitizer.file..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.poi..")
                .because("PDF and Office parsing runs only in worker processes (issue 3, Isolation)")
                .check(main);
    }

    @Test
    void nothingOutsideTheWorkersUsesPdfBoxOrPoi() {
        // The mail side included: winmail.dat (TNEF) is opened by POI's HMEF, so it goes to a worker too.
        noClasses().that().resideOutsideOfPackage("jp.mamori.sanitizer.worker..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.poi..")
                .because("the calling process never parses PDF or Office formats (issue 3, Isolation)")
                .check(main);
    }
}
