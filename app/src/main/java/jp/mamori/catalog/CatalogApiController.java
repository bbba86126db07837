package jp.mamori.catalog;

import java.util.List;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;
import jp.mamori.organization.SecurityRole;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the catalogue: measures with the tenant's statement (paginated, same search as the page), one
 * measure, setting its statement line (with the version read: a stale one is 409), the threats and the coverage.
 * JSON DTO records only.
 */
@RestController
@RequestMapping("/api/v1/catalog")
class CatalogApiController {

    record StatementDto(String applicability, String reason, String status, String ownerRole, UUID ownerUnitId,
            String localArticle, String notes, long version) {
        static StatementDto of(ApplicabilityEntry e) {
            return new StatementDto(e.applicability().name(), e.reason(), e.status().name(),
                    e.ownerRole() == null ? null : e.ownerRole().name(), e.ownerUnitId(), e.localArticle(), e.notes(),
                    e.version());
        }
    }

    record MeasureDto(String id, String chapterId, String sectionId, String title, String titleEn, String requirement,
            String requirementEn, List<String> seedClauses, List<String> threats, List<String> separationModels,
            StatementDto statement) {
        static MeasureDto of(Measure m, ApplicabilityEntry e) {
            return new MeasureDto(m.id(), m.chapterId(), m.sectionId(), m.title(), m.titleEn(), m.requirement(),
                    m.requirementEn(),
                    m.seedClauses(), m.threatIds(), m.separationModels().stream().map(Enum::name).sorted().toList(),
                    StatementDto.of(e));
        }
    }

    record MeasurePageDto(String edition, List<MeasureDto> items, int page, int size, long total) {
    }

    record StatementRequest(String applicability, String reason, String status, String ownerRole, UUID ownerUnitId,
            String localArticle, String notes, Long version) {
    }

    record ThreatDto(String id, String groupId, String seedClause, String title, String titleEn, List<String> measures) {
    }

    record CoverageRowDto(String key, String title, int measures, int applicable, int implemented, int partial,
            int notStarted, int notApplicable, double implementedShare) {
        static CoverageRowDto of(Coverage.Row r) {
            return new CoverageRowDto(r.key(), r.title(), r.measures(), r.applicable(), r.implemented(), r.partial(),
                    r.notStarted(), r.notApplicable(), r.implementedShare());
        }
    }

    record CoverageDto(List<CoverageRowDto> chapters, List<CoverageRowDto> seedClauses, CoverageRowDto total) {
    }

    private final CatalogPages pages;
    private final StatementOfApplicability statement;
    private final MeasureCatalogue catalogue;

    CatalogApiController(CatalogPages pages, StatementOfApplicability statement, MeasureCatalogue catalogue) {
        this.pages = pages;
        this.statement = statement;
        this.catalogue = catalogue;
    }

    @GetMapping("/measures")
    @RequiresPermission(Permission.CATALOG_VIEW)
    MeasurePageDto list(@RequestParam(required = false) String q, @RequestParam(required = false) String chapter,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var query = CatalogQuery.of(q, chapter, status, page, size);
        var result = pages.page(CurrentUser.require().tenantId(), query);
        return new MeasurePageDto(catalogue.edition(), result.rows().stream()
                .map(r -> MeasureDto.of(r.measure(), r.entry())).toList(), query.page(), query.size(), result.total());
    }

    @GetMapping("/measures/{id}")
    @RequiresPermission(Permission.CATALOG_VIEW)
    MeasureDto get(@PathVariable String id) {
        var measure = catalogue.measure(id).orElseThrow(() -> new MeasureNotFound(id));
        return MeasureDto.of(measure, statement.entry(CurrentUser.require().tenantId(), id));
    }

    @PutMapping("/measures/{id}/statement")
    @RequiresPermission(Permission.CATALOG_EDIT)
    MeasureDto update(@PathVariable String id, @RequestBody StatementRequest request) {
        var tenantId = CurrentUser.require().tenantId();
        var measure = catalogue.measure(id).orElseThrow(() -> new MeasureNotFound(id));
        if (request.version() == null) {
            throw new CatalogRefused("catalog.refused.versionMissing");
        }
        ApplicabilityEntry.Change change;
        try {
            change = new ApplicabilityEntry.Change(Applicability.valueOf(String.valueOf(request.applicability())),
                    request.reason(), ImplementationStatus.valueOf(String.valueOf(request.status())),
                    request.ownerRole() == null ? null : SecurityRole.valueOf(request.ownerRole()), request.ownerUnitId(),
                    request.localArticle(), request.notes());
        } catch (IllegalArgumentException e) {
            throw new CatalogRefused("catalog.refused.invalid");
        }
        return MeasureDto.of(measure, statement.update(tenantId, id, request.version(), change));
    }

    @GetMapping("/threats")
    @RequiresPermission(Permission.CATALOG_VIEW)
    List<ThreatDto> threats() {
        return pages.threats().stream().map(r -> new ThreatDto(r.threat().id(), r.group().id(), r.group().seedClause(),
                r.threat().title(), r.threat().titleEn(), r.measures().stream().map(Measure::id).toList())).toList();
    }

    @GetMapping("/coverage")
    @RequiresPermission(Permission.CATALOG_VIEW)
    CoverageDto coverage() {
        var c = statement.coverage(CurrentUser.require().tenantId());
        return new CoverageDto(c.chapters().stream().map(CoverageRowDto::of).toList(),
                c.seedClauses().stream().map(CoverageRowDto::of).toList(), CoverageRowDto.of(c.total()));
    }
}
