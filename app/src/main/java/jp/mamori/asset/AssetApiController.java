package jp.mamori.asset;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.access.Permission;
import jp.mamori.access.RequiresPermission;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the register: list (paginated, same search and filters as the page), get, create, update (with the
 * version read: a stale one is 409) and classify. JSON DTO records only; the aggregate is never serialised.
 */
@RestController
@RequestMapping("/api/v1/assets")
class AssetApiController {

    /** The classes of an asset, as codes ({@code R6_3B}, {@code LEVEL_2}) and labels. */
    record ClassificationDto(String confidentiality, String confidentialityLabel, String confidentialityReason,
            String integrity, String integrityReason, String availability, String availabilityReason) {
        static ClassificationDto of(Classification c) {
            return new ClassificationDto(c.confidentiality().name(), c.confidentiality().label(),
                    c.confidentialityReason(), c.integrity().name(), c.integrityReason(), c.availability().name(),
                    c.availabilityReason());
        }
    }

    record PersonalInformationDto(boolean present, boolean specific, boolean sensitive, Integer peopleCount) {
    }

    record AssetDto(UUID id, String registerNumber, String name, String nameKana, String kind, String description,
            UUID ownerUnitId, UUID managerStaffId, String location, String zone, String retention,
            PersonalInformationDto personalInformation, ClassificationDto classification, String status, long version) {
        static AssetDto of(InformationAsset a) {
            var d = a.details();
            var p = d.personal();
            return new AssetDto(a.id(), d.registerNumber(), d.name(), d.nameKana(), d.kind().name(), d.description(),
                    d.ownerUnitId(), d.managerStaffId(), d.location(), d.zone() == null ? null : d.zone().name(),
                    d.retention(), new PersonalInformationDto(p.present(), p.specific(), p.sensitive(), p.peopleCount()),
                    ClassificationDto.of(a.classification()), a.status().name(), a.version());
        }
    }

    record AssetSummaryDto(UUID id, String registerNumber, String name, String kind, UUID ownerUnitId, String zone,
            String confidentiality, String integrity, String availability, String status) {
    }

    record AssetPageDto(List<AssetSummaryDto> items, int page, int size, long total) {
    }

    /** Create or update: details and classes; {@code version} is required for an update. */
    record AssetRequest(String registerNumber, String name, String nameKana, String kind, String description,
            UUID ownerUnitId, UUID managerStaffId, String location, String zone, String retention,
            PersonalInformationDto personalInformation, String confidentiality, String confidentialityReason,
            String integrity, String integrityReason, String availability, String availabilityReason, Long version) {
        AssetForm form(jp.mamori.tenant.ClassificationScheme scheme) {
            var c = Confidentiality.parse(scheme, confidentiality);
            var p = personalInformation == null ? new PersonalInformationDto(false, false, false, null) : personalInformation;
            return new AssetForm(registerNumber, name, nameKana, kind, description,
                    ownerUnitId == null ? null : ownerUnitId.toString(),
                    managerStaffId == null ? null : managerStaffId.toString(), location, zone, retention, p.present(),
                    p.specific(), p.sensitive(), p.peopleCount() == null ? null : p.peopleCount().toString(),
                    c == null ? confidentiality : c.name(), confidentialityReason, integrity, integrityReason, availability,
                    availabilityReason, version);
        }
    }

    record ClassifyRequest(long version, String confidentiality, String confidentialityReason, String integrity,
            String integrityReason, String availability, String availabilityReason) {
    }

    private final AssetRegister register;
    private final AssetPages pages;
    private final AssetManagement management;

    AssetApiController(AssetRegister register, AssetPages pages, AssetManagement management) {
        this.register = register;
        this.pages = pages;
        this.management = management;
    }

    @GetMapping
    @RequiresPermission(Permission.ASSET_VIEW)
    AssetPageDto list(@ParameterObject RegisterParameters parameters) {
        var query = parameters.query();
        var result = register.page(CurrentUser.require().tenantId(), query);
        return new AssetPageDto(result.rows().stream().map(r -> new AssetSummaryDto(r.id(), r.registerNumber(), r.name(),
                r.kind().name(), r.ownerUnitId(), r.zone() == null ? null : r.zone().name(), r.confidentiality().name(),
                r.integrity().name(), r.availability().name(), r.status().name())).toList(), query.page(), query.size(),
                result.total());
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.ASSET_VIEW)
    AssetDto get(@PathVariable UUID id) {
        return AssetDto.of(pages.asset(CurrentUser.require().tenantId(), id));
    }

    @PostMapping
    @RequiresPermission(Permission.ASSET_EDIT)
    ResponseEntity<AssetDto> create(@RequestBody AssetRequest request) {
        var tenantId = CurrentUser.require().tenantId();
        var form = valid(request.form(pages.scheme(tenantId)));
        var id = management.register(tenantId, form.details(request.managerStaffId()), form.classification());
        return ResponseEntity.created(URI.create("/api/v1/assets/" + id)).body(AssetDto.of(pages.asset(tenantId, id)));
    }

    @PutMapping("/{id}")
    @RequiresPermission(Permission.ASSET_EDIT)
    AssetDto update(@PathVariable UUID id, @RequestBody AssetRequest request) {
        var tenantId = CurrentUser.require().tenantId();
        pages.asset(tenantId, id);
        var form = valid(request.form(pages.scheme(tenantId)));
        if (request.version() == null) {
            throw new AssetRefused("asset.refused.versionMissing");
        }
        management.update(tenantId, id, request.version(), form.details(request.managerStaffId()), form.classification());
        return AssetDto.of(pages.asset(tenantId, id));
    }

    @PostMapping("/{id}/classification")
    @RequiresPermission(Permission.ASSET_EDIT)
    AssetDto classify(@PathVariable UUID id, @RequestBody ClassifyRequest request) {
        var tenantId = CurrentUser.require().tenantId();
        var c = Confidentiality.parse(pages.scheme(tenantId), request.confidentiality());
        var i = Integrity.parse(request.integrity());
        var a = Availability.parse(request.availability());
        if (c == null || i == null || a == null) {
            throw new AssetRefused("asset.refused.invalidRequest", "confidentiality/integrity/availability");
        }
        management.classify(tenantId, id, request.version(), new Classification(c, request.confidentialityReason(), i,
                request.integrityReason(), a, request.availabilityReason()));
        return AssetDto.of(pages.asset(tenantId, id));
    }

    private static AssetForm valid(AssetForm form) {
        var errors = form.errors();
        if (!errors.isEmpty()) {
            throw new AssetRefused("asset.refused.invalidRequest", String.join(", ", errors.keySet()));
        }
        return form;
    }
}
