package jp.mamori.supplier;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.mamori.finding.Finding;
import jp.mamori.organization.Organization;
import jp.mamori.organization.UnitSummary;
import jp.mamori.web.Messages;
import jp.mamori.web.ResultPage;

import org.springframework.stereotype.Component;

/**
 * The rows of each register for its page and its export, within the user's reach, with each object's count of open
 * findings; and the findings about one object for its page.
 */
@Component
class SupplierPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final SupplierManagement management;
    private final Organization organization;
    private final Messages messages;

    SupplierPages(SupplierManagement management, Organization organization, Messages messages) {
        this.management = management;
        this.organization = organization;
        this.messages = messages;
    }

    /** The registers' path segments, in the order of the tabs. */
    public static List<String> registerPaths() {
        return java.util.Arrays.stream(SupplierRegister.values()).map(SupplierRegister::path).toList();
    }

    /** The header keys of a register, in the order of its cells. */
    static List<String> headers(SupplierRegister register) {
        var prefix = "supplier.column.";
        return switch (register) {
            case CONTRACTORS -> List.of(prefix + "name", prefix + "unit", prefix + "work", prefix + "isms",
                    prefix + "privacyMark", prefix + "subcontractors");
            case CONTRACTS -> List.of(prefix + "title", prefix + "contractor", prefix + "startsOn", prefix + "endsOn",
                    prefix + "missingClauses", prefix + "checks");
            case CLOUD -> List.of(prefix + "provider", prefix + "service", prefix + "unit", prefix + "ismap",
                    prefix + "terms", prefix + "allowedClass", prefix + "dataLocation");
            case SOCIAL -> List.of(prefix + "platform", prefix + "accountName", prefix + "unit", prefix + "listed",
                    prefix + "secondFactor", prefix + "lastActivity");
        };
    }

    List<SupplierRegister.Row> rows(UUID tenantId, SupplierRegister register) {
        var units = organization.units(tenantId).stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        var counts = findingCounts(tenantId);
        var rows = new ArrayList<SupplierRegister.Row>();
        switch (register) {
            case CONTRACTORS -> management.contractors(tenantId).forEach(c -> rows.add(new SupplierRegister.Row(
                    "/suppliers/contractors/" + c.id(), List.of(c.name(), units.getOrDefault(c.unitId(), ""), c.work(),
                            day(c.ismsExpiresOn()), day(c.privacyMarkExpiresOn()),
                            Integer.toString(management.subcontractorsOf(tenantId, c.id()).size())),
                    counts.getOrDefault(c.id().toString(), 0))));
            case CONTRACTS -> {
                var names = management.contractors(tenantId).stream()
                        .collect(Collectors.toMap(Contractor::id, Contractor::name));
                management.contracts(tenantId).forEach(c -> rows.add(new SupplierRegister.Row(
                        "/suppliers/contracts/" + c.id(), List.of(c.title(), names.getOrDefault(c.contractorId(), ""),
                                day(c.startsOn()), day(c.endsOn()), Integer.toString(c.missing().size()),
                                Integer.toString(management.checksOf(tenantId, c.id()).size())),
                        counts.getOrDefault(c.id().toString(), 0))));
            }
            case CLOUD -> management.clouds(tenantId).forEach(c -> rows.add(new SupplierRegister.Row(
                    "/suppliers/cloud/" + c.id(), List.of(c.provider(), c.service(), units.getOrDefault(c.unitId(), ""),
                            c.ismapRegistered() ? messages.text("supplier.ismap.listed", day(c.ismapExpiresOn()))
                                    : messages.text("supplier.ismap.none"),
                            messages.text(c.termsOfService() ? "supplier.terms.yes" : "supplier.terms.no"),
                            c.allowedClass().label(), c.dataLocation()),
                    counts.getOrDefault(c.id().toString(), 0))));
            case SOCIAL -> management.socials(tenantId).forEach(s -> rows.add(new SupplierRegister.Row(
                    "/suppliers/social/" + s.id(), List.of(s.platform(), s.accountName(),
                            units.getOrDefault(s.unitId(), ""), yesNo(s.listedOnWebsite()), yesNo(s.secondFactor()),
                            day(s.lastActivityOn())),
                    counts.getOrDefault(s.id().toString(), 0))));
        }
        return rows;
    }

    ResultPage<SupplierRegister.Row> page(UUID tenantId, SupplierRegister register, String q, boolean onlyFindings,
            int page) {
        var matching = rows(tenantId, register).stream().filter(r -> r.matches(q))
                .filter(r -> !onlyFindings || r.findings() > 0).toList();
        int size = ResultPage.DEFAULT_SIZE;
        int from = Math.min(page * size, matching.size());
        return new ResultPage<>(matching.subList(from, Math.min(from + size, matching.size())), page, size,
                matching.size());
    }

    /** The findings about one object, as the page shows them. */
    List<Finding> findingsAbout(UUID tenantId, UUID objectId) {
        return management.findings(tenantId).stream()
                .filter(f -> f.subjects().stream().anyMatch(s -> s.objectId().equals(objectId.toString()))).toList();
    }

    String unitName(UUID tenantId, UUID unitId) {
        return organization.units(tenantId).stream().filter(u -> u.id().equals(unitId)).map(UnitSummary::name)
                .findFirst().orElse("");
    }

    List<UnitSummary> units(UUID tenantId) {
        return organization.units(tenantId).stream().filter(UnitSummary::active).toList();
    }

    private Map<String, Integer> findingCounts(UUID tenantId) {
        var counts = new HashMap<String, Integer>();
        management.findings(tenantId).forEach(f -> counts.merge(f.subject().objectId(), 1, Integer::sum));
        return counts;
    }

    private String yesNo(boolean value) {
        return messages.text(value ? "supplier.yes" : "supplier.no");
    }

    private static String day(java.time.LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
