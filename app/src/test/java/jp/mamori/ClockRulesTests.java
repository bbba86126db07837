package jp.mamori;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Main code reads the time only from the injected {@link Clock} bean (UTC), so that a test can freeze it and a
 * tenant's day is computed in one place ({@code TenantCalendar}). Issue 9 found it bypassed in 16 places.
 */
@AnalyzeClasses(packages = "jp.mamori", importOptions = ImportOption.DoNotIncludeTests.class)
class ClockRulesTests {

    private static final Set<String> DATE_TIME_TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    /** {@code now()} or {@code now(zone)}: the machine's clock. {@code now(clock)} is the one allowed form. */
    private static final DescribedPredicate<JavaCall<?>> NOW_WITHOUT_CLOCK =
            DescribedPredicate.describe("now() without a Clock argument, System.currentTimeMillis() or new Date()",
                    call -> {
                        var target = call.getTarget();
                        var owner = target.getOwner().getName();
                        var parameters = target.getRawParameterTypes();
                        if (target.getName().equals("now") && DATE_TIME_TYPES.contains(owner)) {
                            return parameters.stream().noneMatch(p -> p.isEquivalentTo(Clock.class));
                        }
                        if (owner.equals("java.lang.System") && target.getName().equals("currentTimeMillis")) {
                            return true;
                        }
                        return owner.equals("java.util.Date") && target.getName().equals("<init>")
                                && parameters.isEmpty();
                    });

    private static final DescribedPredicate<JavaCall<?>> SYSTEM_CLOCK =
            DescribedPredicate.describe("Clock.systemUTC(), Clock.systemDefaultZone() or Clock.system(zone)",
                    call -> call.getTarget().getOwner().isEquivalentTo(Clock.class)
                            && call.getTarget().getName().startsWith("system"));

    @ArchTest
    static final ArchRule mainCodeNeverReadsTheMachinesClock = noClasses().should().callCodeUnitWhere(NOW_WITHOUT_CLOCK)
            .because("the injected Clock is the only source of time (tests freeze it; TenantCalendar makes the day)");

    @ArchTest
    static final ArchRule onlyTheClockBeanUsesTheSystemClock = noClasses().that()
            .doNotHaveFullyQualifiedName("jp.mamori.web.WebConfiguration").should().callCodeUnitWhere(SYSTEM_CLOCK)
            .because("one Clock bean, injected everywhere; a fallback clock would hide a missing bean");
}
