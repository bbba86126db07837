package jp.mamori.supplier;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.mamori.access.Actor;
import jp.mamori.access.Permission;
import jp.mamori.access.Reach;
import jp.mamori.asset.AssetLookup;
import jp.mamori.asset.RegisteredAsset;
import jp.mamori.identity.CapabilityGrant;
import jp.mamori.identity.CapabilityLinks;
import jp.mamori.kernel.AssetId;
import jp.mamori.kernel.EditConflict;
import jp.mamori.kernel.TenantId;
import jp.mamori.tenant.TenantCalendar;
import jp.mamori.trail.Trail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supplier module's use cases: registering contractors, sub-contractors, contracts, cloud services and
 * social-media accounts; marking a contract's clauses; the periodic check and the capability link a contractor
 * answers it through. Each change writes its trail entry in the same transaction and publishes the module's
 * findings again. Reach: an object belongs to the unit whose work it is; {@code SUPPLIER_VIEW} and
 * {@code SUPPLIER_EDIT} reach it through that unit. Thread-safe.
 */
@Service
class SupplierManagement {

    /** The purpose of the capability links for periodic checks: one check of one contract per link. */
    static final String CHECK_PURPOSE = "supplier-check";

    /** How long a link for a periodic check lives unless asked otherwise. */
    static final Duration CHECK_LINK_VALIDITY = Duration.ofDays(30);

    private final SupplierRows rows;
    private final SupplierFindings findings;
    private final Trail trail;
    private final CapabilityLinks links;
    private final AssetLookup assets;
    private final TenantCalendar calendar;
    private final Clock clock;

    SupplierManagement(SupplierRows rows, SupplierFindings findings, Trail trail, CapabilityLinks links,
            AssetLookup assets, TenantCalendar calendar, Clock clock) {
        this.rows = rows;
        this.findings = findings;
        this.trail = trail;
        this.links = links;
        this.assets = assets;
        this.calendar = calendar;
        this.clock = clock;
    }

    LocalDate today(UUID tenantId) {
        return calendar.today(tenantId);
    }

    // --- reading, within reach

    Contractor contractor(UUID tenantId, UUID id) {
        return rows.contractor(tenantId, id).filter(c -> sees(c.unitId()))
                .orElseThrow(() -> new SupplierNotFound("contractor " + id));
    }

    Contract contract(UUID tenantId, UUID id) {
        var contract = rows.contract(tenantId, id).orElseThrow(() -> new SupplierNotFound("contract " + id));
        contractor(tenantId, contract.contractorId());
        return contract;
    }

    PeriodicCheck check(UUID tenantId, UUID id) {
        var check = rows.check(tenantId, id).orElseThrow(() -> new SupplierNotFound("check " + id));
        contract(tenantId, check.contractId());
        return check;
    }

    CloudService cloud(UUID tenantId, UUID id) {
        return rows.cloud(tenantId, id).filter(c -> sees(c.unitId()))
                .orElseThrow(() -> new SupplierNotFound("cloud service " + id));
    }

    SocialAccount social(UUID tenantId, UUID id) {
        return rows.social(tenantId, id).filter(c -> sees(c.unitId()))
                .orElseThrow(() -> new SupplierNotFound("social-media account " + id));
    }

    List<Contractor> contractors(UUID tenantId) {
        return rows.contractors(tenantId).stream().filter(c -> sees(c.unitId())).toList();
    }

    List<Contract> contracts(UUID tenantId) {
        var visible = contractors(tenantId).stream().map(Contractor::id).collect(java.util.stream.Collectors.toSet());
        return rows.contracts(tenantId).stream().filter(c -> visible.contains(c.contractorId())).toList();
    }

    List<CloudService> clouds(UUID tenantId) {
        return rows.clouds(tenantId).stream().filter(c -> sees(c.unitId())).toList();
    }

    List<SocialAccount> socials(UUID tenantId) {
        return rows.socials(tenantId).stream().filter(c -> sees(c.unitId())).toList();
    }

    List<Subcontractor> subcontractorsOf(UUID tenantId, UUID contractorId) {
        return rows.subcontractorsOf(tenantId, contractorId);
    }

    List<Contract> contractsOf(UUID tenantId, UUID contractorId) {
        return rows.contractsOf(tenantId, contractorId);
    }

    List<PeriodicCheck> checksOf(UUID tenantId, UUID contractId) {
        return rows.checksOf(tenantId, contractId);
    }

    /** The assets linked to a contractor or a cloud service that the current user may see in the register. */
    List<RegisteredAsset> assetsOf(UUID tenantId, UUID ownerId) {
        return rows.assetsOf(tenantId, ownerId).stream()
                .map(id -> assets.find(TenantId.of(tenantId), AssetId.of(id))).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(RegisteredAsset::registerNumber)).toList();
    }

    /** The module's findings now, tenant-wide; pages show the ones about the objects the user sees. */
    List<jp.mamori.finding.Finding> findings(UUID tenantId) {
        return findings.evaluate(tenantId);
    }

    // --- changes

    @Transactional
    public UUID registerContractor(UUID tenantId, ContractorDraft draft) {
        edits(draft.unitId());
        var contractor = new Contractor(UUID.randomUUID(), tenantId, draft.name(), draft.unitId(), draft.work(),
                draft.contactName(), draft.contactEmail(), draft.ismsExpiresOn(), draft.privacyMarkExpiresOn(),
                draft.staffWithAccess(), 0);
        if (rows.contractors(tenantId).stream().anyMatch(c -> c.name().equals(contractor.name()))) {
            throw new SupplierRefused("supplier.refused.duplicateName", contractor.name());
        }
        rows.insert(contractor);
        trail.record(tenantId, "supplier.contractor.registered", "Contractor", contractor.id().toString(),
                "委託先 " + contractor.name() + " を登録");
        findings.publish(tenantId);
        return contractor.id();
    }

    @Transactional
    public UUID addSubcontractor(UUID tenantId, UUID contractorId, String name, String work, LocalDate approvedOn,
            boolean sameDuties) {
        var contractor = contractor(tenantId, contractorId);
        edits(contractor.unitId());
        var sub = new Subcontractor(UUID.randomUUID(), tenantId, contractorId, name, work, approvedOn, sameDuties, 0);
        rows.insert(sub);
        trail.record(tenantId, "supplier.subcontractor.added", "Contractor", contractorId.toString(),
                "再委託先 " + sub.name() + " を追加（" + (approvedOn == null ? "未承認" : "承認 " + approvedOn) + "）");
        findings.publish(tenantId);
        return sub.id();
    }

    @Transactional
    public UUID registerContract(UUID tenantId, UUID contractorId, String title, LocalDate startsOn,
            LocalDate endsOn, java.util.Set<SecurityClause> clauses) {
        var contractor = contractor(tenantId, contractorId);
        edits(contractor.unitId());
        var contract = new Contract(UUID.randomUUID(), tenantId, contractorId, title, startsOn, endsOn, clauses, null,
                0);
        rows.insert(contract);
        trail.record(tenantId, "supplier.contract.registered", "Contract", contract.id().toString(),
                "契約 " + contract.title() + "（" + startsOn + "〜" + endsOn + "）を登録、欠けている条項 "
                        + contract.missing().size() + " 件");
        findings.publish(tenantId);
        return contract.id();
    }

    /** Marks the clauses present; a stale version is a conflict, never an overwrite. */
    @Transactional
    public void markClauses(UUID tenantId, UUID contractId, long version, java.util.Set<SecurityClause> clauses) {
        var contract = contract(tenantId, contractId);
        edits(contractor(tenantId, contract.contractorId()).unitId());
        var changed = new Contract(contract.id(), tenantId, contract.contractorId(), contract.title(),
                contract.startsOn(), contract.endsOn(), clauses, contract.deletionCertifiedOn(), version);
        if (!rows.update(changed)) {
            throw new EditConflict("contract " + contractId);
        }
        trail.record(tenantId, "supplier.contract.clausesMarked", "Contract", contractId.toString(),
                "条項の確認: 欠けている条項 " + contract.missing().size() + " 件 → " + changed.missing().size() + " 件");
        findings.publish(tenantId);
    }

    @Transactional
    public UUID scheduleCheck(UUID tenantId, UUID contractId, String title, PeriodicCheck.Kind kind, LocalDate dueOn) {
        var contract = contract(tenantId, contractId);
        edits(contractor(tenantId, contract.contractorId()).unitId());
        var check = new PeriodicCheck(UUID.randomUUID(), tenantId, contractId, title, kind, dueOn, null, null, null,
                null, 0);
        rows.insert(check);
        trail.record(tenantId, "supplier.check.scheduled", "Contract", contractId.toString(),
                "定期点検 " + check.title() + "（期限 " + dueOn + "）を予定");
        findings.publish(tenantId);
        return check.id();
    }

    /** Issues the capability link for one check: its URL is shown once, to be handed to the contractor. */
    @Transactional
    public CapabilityLinks.IssuedLink issueCheckLink(UUID tenantId, UUID checkId) {
        var check = check(tenantId, checkId);
        var contract = contract(tenantId, check.contractId());
        edits(contractor(tenantId, contract.contractorId()).unitId());
        if (check.answered()) {
            throw new SupplierRefused("supplier.refused.alreadyAnswered");
        }
        var link = links.issue(TenantId.of(tenantId), CHECK_PURPOSE, checkId,
                clock.instant().plus(CHECK_LINK_VALIDITY), Actor.current());
        trail.record(tenantId, "supplier.check.linkIssued", "Contract", contract.id().toString(),
                "定期点検 " + check.title() + " の回答用リンクを発行");
        return link;
    }

    /** The links issued for a check, for the contract page (to see and revoke them). */
    List<CapabilityGrant> checkLinks(UUID tenantId, UUID checkId) {
        return links.of(TenantId.of(tenantId), CHECK_PURPOSE, checkId);
    }

    @Transactional
    public void revokeCheckLink(UUID tenantId, UUID checkId, UUID linkId) {
        var check = check(tenantId, checkId);
        edits(contractor(tenantId, contract(tenantId, check.contractId()).contractorId()).unitId());
        if (checkLinks(tenantId, checkId).stream().noneMatch(l -> l.linkId().equals(linkId))) {
            throw new SupplierNotFound("link " + linkId);
        }
        links.revoke(TenantId.of(tenantId), linkId);
    }

    /** What a contractor sees behind a link: the check, its contract and the contractor, if the link is usable. */
    record LinkedCheck(CapabilityGrant grant, PeriodicCheck check, Contract contract, Contractor contractor) {
    }

    /**
     * The check a presented token opens: only a usable link of this purpose, for exactly this check, of the
     * check's own tenant; anything else is absent.
     */
    @Transactional
    public Optional<LinkedCheck> linkedCheck(String token) {
        return links.resolve(token, CHECK_PURPOSE).flatMap(grant -> {
            var tenantId = grant.tenantId().value();
            return rows.check(tenantId, grant.objectId()).flatMap(check -> rows.contract(tenantId, check.contractId())
                    .flatMap(contract -> rows.contractor(tenantId, contract.contractorId())
                            .map(contractor -> new LinkedCheck(grant, check, contract, contractor))));
        });
    }

    /**
     * The contractor's answer through the link: recorded once on the check, the link then revoked so that it
     * cannot be used again, both in the trail with the link as the actor.
     */
    @Transactional
    public void answerByLink(String token, Map<CheckQuestion, CheckAnswer> answers, String remarks,
            String answeredBy) {
        var linked = linkedCheck(token).orElseThrow(() -> new SupplierNotFound("link"));
        var grant = linked.grant();
        var tenantId = grant.tenantId().value();
        var answered = linked.check().answer(answers, remarks, answeredBy, clock.instant());
        if (!rows.answer(answered)) {
            throw new SupplierRefused("supplier.refused.alreadyAnswered");
        }
        new Actor("link", grant.linkId().toString(), "限定リンク " + grant.purpose()).runAs(() -> {
            trail.record(tenantId, "supplier.check.answered", "Contract", linked.contract().id().toString(),
                    "定期点検 " + answered.title() + " に " + answered.answeredBy() + " が回答");
            links.revoke(grant.tenantId(), grant.linkId());
        });
        findings.publish(tenantId);
    }

    @Transactional
    public UUID registerCloud(UUID tenantId, CloudDraft d) {
        edits(d.unitId());
        var cloud = new CloudService(UUID.randomUUID(), tenantId, d.provider(), d.service(), d.unitId(),
                d.ismapRegistered(), d.ismapExpiresOn(), d.dataLocation(), d.allowedClass(), d.termsOfService(),
                d.approvedOn(), d.exitPlan(), 0);
        rows.insert(cloud);
        trail.record(tenantId, "supplier.cloud.registered", "CloudService", cloud.id().toString(),
                "クラウドサービス " + cloud.display() + " を登録（許容 機密性" + cloud.allowedClass().label() + "）");
        findings.publish(tenantId);
        return cloud.id();
    }

    @Transactional
    public UUID registerSocial(UUID tenantId, SocialDraft d) {
        edits(d.unitId());
        var social = new SocialAccount(UUID.randomUUID(), tenantId, d.platform(), d.accountName(), d.url(),
                d.unitId(), d.responsibleStaffId(), d.procedureTitle(), d.listedOnWebsite(), d.secondFactor(),
                d.credentialHolder(), d.lastActivityOn(), 0);
        rows.insert(social);
        trail.record(tenantId, "supplier.social.registered", "SocialAccount", social.id().toString(),
                "SNSアカウント " + social.display() + " を登録");
        findings.publish(tenantId);
        return social.id();
    }

    /** Links an asset of the register (by its number) to a contractor or a cloud service. */
    @Transactional
    public void linkAsset(UUID tenantId, UUID ownerId, String registerNumber) {
        var asset = assets.findByRegisterNumber(TenantId.of(tenantId), registerNumber == null ? "" : registerNumber.strip())
                .orElseThrow(() -> new SupplierRefused("supplier.refused.unknownAsset", registerNumber));
        String kind;
        String type;
        var contractor = rows.contractor(tenantId, ownerId);
        if (contractor.isPresent()) {
            edits(contractor.get().unitId());
            kind = "CONTRACTOR";
            type = "Contractor";
        } else {
            edits(cloud(tenantId, ownerId).unitId());
            kind = "CLOUD";
            type = "CloudService";
        }
        if (rows.assetsOf(tenantId, ownerId).contains(asset.id().value())) {
            throw new SupplierRefused("supplier.refused.alreadyLinked", asset.registerNumber());
        }
        rows.link(tenantId, kind, ownerId, asset.id().value());
        trail.record(tenantId, "supplier.asset.linked", type, ownerId.toString(),
                "情報資産 " + asset.registerNumber() + " " + asset.name() + " を関連付け");
        findings.publish(tenantId);
    }

    private static boolean sees(UUID unitId) {
        return Reach.ofCurrentThread(Permission.SUPPLIER_VIEW).covers(unitId);
    }

    private static void edits(UUID unitId) {
        if (unitId == null || !Reach.ofCurrentThread(Permission.SUPPLIER_EDIT).covers(unitId)) {
            throw new SupplierRefused("supplier.refused.outOfReach");
        }
    }

    /** What registering a contractor needs. */
    public record ContractorDraft(String name, UUID unitId, String work, String contactName, String contactEmail,
            LocalDate ismsExpiresOn, LocalDate privacyMarkExpiresOn, String staffWithAccess) {
    }

    /** What registering a cloud service needs. */
    public record CloudDraft(String provider, String service, UUID unitId, boolean ismapRegistered,
            LocalDate ismapExpiresOn, String dataLocation, jp.mamori.asset.Confidentiality allowedClass,
            boolean termsOfService, LocalDate approvedOn, String exitPlan) {
    }

    /** What registering a social-media account needs. */
    public record SocialDraft(String platform, String accountName, String url, UUID unitId, UUID responsibleStaffId,
            String procedureTitle, boolean listedOnWebsite, boolean secondFactor, String credentialHolder,
            LocalDate lastActivityOn) {
    }
}
