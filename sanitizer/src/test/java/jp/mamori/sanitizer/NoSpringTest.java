package jp.mamori.sanitizer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The sanitiser is a plain library: the gateway and the app use it, it uses neither Spring nor them. */
@AnalyzeClasses(packages = "jp.mamori.sanitizer", importOptions = ImportOption.DoNotIncludeTests.class)
class NoSpringTest {

    @ArchTest
    static final ArchRule noSpring = noClasses().that().resideInAPackage("jp.mamori.sanitizer..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
            .because("the sanitiser is a plain Java library (architecture.md)");

    @ArchTest
    static final ArchRule mailDoesNotReachIntoTheFileSide = noClasses().that().resideInAPackage("jp.mamori.sanitizer.mail..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.mamori.sanitizer.file..", "jp.mamori.sanitizer.worker..")
            .because("mail attachments reach the file engine only through AttachmentDisarm");
}
