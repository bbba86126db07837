package jp.mamori.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.kernel.AssetId;
import jp.mamori.kernel.Decision;
import jp.mamori.kernel.StaffId;
import jp.mamori.kernel.UnitId;

/**
 * リスク: one or more threats of the catalogue (or the tenant's own) acting on an asset, a system or the whole
 * organisation through named vulnerabilities, with its owner unit, its latest assessment, its acceptance and its
 * review date. Not thread-safe; loaded, changed by one verb and written in one transaction.
 */
public final class Risk {

    /** The longest an acceptance may hold before it has to be looked at again. */
    static final int MAX_ACCEPTANCE_YEARS = 3;

    private final UUID id;
    private final UUID tenantId;
    private String title;
    private List<String> threatIds;
    private String ownThreat;
    private RiskTarget target;
    private AssetId assetId;
    private String vulnerabilities;
    private UnitId ownerUnit;
    private RiskStatus status;
    private Assessment assessment;
    private int assessmentNumber;
    private StaffId assessedBy;
    private Instant assessedAt;
    private RiskAcceptance acceptance;
    private LocalDate reviewOn;
    private String source;
    private long version;

    Risk(UUID id, UUID tenantId, String title, List<String> threatIds, String ownThreat, RiskTarget target,
            AssetId assetId, String vulnerabilities, UnitId ownerUnit, RiskStatus status, Assessment assessment,
            int assessmentNumber, StaffId assessedBy, Instant assessedAt, RiskAcceptance acceptance,
            LocalDate reviewOn, String source, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.title = Objects.requireNonNull(title, "title");
        this.threatIds = List.copyOf(threatIds);
        this.ownThreat = Objects.requireNonNullElse(ownThreat, "");
        this.target = Objects.requireNonNull(target, "target");
        this.assetId = assetId;
        this.vulnerabilities = Objects.requireNonNullElse(vulnerabilities, "");
        this.ownerUnit = ownerUnit;
        this.status = Objects.requireNonNull(status, "status");
        this.assessment = assessment;
        this.assessmentNumber = assessmentNumber;
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
        this.acceptance = acceptance;
        this.reviewOn = reviewOn;
        this.source = Objects.requireNonNullElse(source, "");
        this.version = version;
    }

    /** A risk not assessed yet. */
    static Risk draft(UUID tenantId, String title, List<String> threatIds, String ownThreat, RiskTarget target,
            AssetId assetId, String vulnerabilities, UnitId ownerUnit, String source) {
        if (title == null || title.isBlank()) {
            throw new RiskRefused("risk.title.required");
        }
        if (threatIds.isEmpty() && (ownThreat == null || ownThreat.isBlank())) {
            throw new RiskRefused("risk.threat.required");
        }
        if (target != RiskTarget.ORGANISATION && assetId == null) {
            throw new RiskRefused("risk.target.assetRequired");
        }
        return new Risk(UUID.randomUUID(), tenantId, title.strip(), threatIds, ownThreat, target,
                target == RiskTarget.ORGANISATION ? null : assetId, vulnerabilities, ownerUnit, RiskStatus.DRAFT, null,
                0, null, null, null, null, source, 0);
    }

    /**
     * Records a new assessment on the tenant's scales. Any acceptance of an earlier assessment is void from now on
     * (the answer says so), and the risk is assessed again.
     *
     * @return whether an acceptance was voided
     */
    boolean assess(StaffId by, Assessment next, RiskScales scales, LocalDate reviewOn, Instant at) {
        next.check(scales).orThrow(RiskRefused::new);
        boolean voided = acceptance != null;
        this.assessment = next;
        this.assessmentNumber++;
        this.assessedBy = Objects.requireNonNull(by, "by");
        this.assessedAt = at;
        this.acceptance = null;
        this.reviewOn = reviewOn;
        this.status = RiskStatus.ASSESSED;
        return voided;
    }

    /**
     * Whether {@code by} may accept the latest assessment: only with RISK_ACCEPT, never the one who assessed it
     * (職務の分離: who judges a risk does not also sign it off), with a rationale, and with an expiry after today and
     * within {@value #MAX_ACCEPTANCE_YEARS} years.
     */
    Decision mayAccept(StaffId by, boolean holdsAcceptPermission, String rationale, LocalDate expiresOn,
            LocalDate today) {
        if (assessment == null) {
            return Decision.refuse("risk.acceptance.notAssessed");
        }
        if (!holdsAcceptPermission) {
            return Decision.refuse("risk.acceptance.notPermitted");
        }
        if (by.equals(assessedBy)) {
            return Decision.refuse("risk.acceptance.separationOfDuties");
        }
        if (rationale == null || rationale.isBlank()) {
            return Decision.refuse("risk.acceptance.rationaleRequired");
        }
        if (expiresOn == null || !expiresOn.isAfter(today)) {
            return Decision.refuse("risk.acceptance.expiryNotAfterToday");
        }
        if (expiresOn.isAfter(today.plusYears(MAX_ACCEPTANCE_YEARS))) {
            return Decision.refuse("risk.acceptance.expiryTooFar", MAX_ACCEPTANCE_YEARS);
        }
        return Decision.ALLOWED;
    }

    /** Accepts the latest assessment, bound to its number. */
    void accept(StaffId by, boolean holdsAcceptPermission, String rationale, LocalDate expiresOn, LocalDate today,
            Instant at) {
        mayAccept(by, holdsAcceptPermission, rationale, expiresOn, today).orThrow(RiskRefused::new);
        this.acceptance = new RiskAcceptance(by, rationale, expiresOn, assessmentNumber, at);
        this.status = RiskStatus.ACCEPTED;
    }

    /**
     * An acceptance past its last day ends, and the risk returns to review; the expired acceptance stays on the
     * risk (for the reminder and the dossier) until the next assessment.
     *
     * @return the acceptance that expired, or null when there was none to expire
     */
    RiskAcceptance expireAcceptance(LocalDate today) {
        if (acceptance == null || !acceptance.expiredOn(today)) {
            return null;
        }
        if (status != RiskStatus.ACCEPTED) {
            return null;
        }
        status = RiskStatus.REVIEW;
        return acceptance;
    }

    /** Whether the acceptance holds for the assessment as it is now. */
    public boolean acceptanceHolds(LocalDate today) {
        return acceptance != null && acceptance.assessmentNumber() == assessmentNumber && !acceptance.expiredOn(today);
    }

    public RiskRating inherent(RiskScales scales) {
        return assessment == null ? null : assessment.inherent().rating(scales);
    }

    public RiskRating residual(RiskScales scales) {
        return assessment == null ? null : assessment.residual().rating(scales);
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String title() {
        return title;
    }

    public List<String> threatIds() {
        return threatIds;
    }

    public String ownThreat() {
        return ownThreat;
    }

    public RiskTarget target() {
        return target;
    }

    public AssetId assetId() {
        return assetId;
    }

    public String vulnerabilities() {
        return vulnerabilities;
    }

    public UnitId ownerUnit() {
        return ownerUnit;
    }

    public RiskStatus status() {
        return status;
    }

    public Assessment assessment() {
        return assessment;
    }

    public int assessmentNumber() {
        return assessmentNumber;
    }

    public StaffId assessedBy() {
        return assessedBy;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public RiskAcceptance acceptance() {
        return acceptance;
    }

    public LocalDate reviewOn() {
        return reviewOn;
    }

    public String source() {
        return source;
    }

    public long version() {
        return version;
    }

    /** The same risk with its stored assessment, as the repository reads it back. */
    Risk withAssessment(Assessment stored) {
        return new Risk(id, tenantId, title, threatIds, ownThreat, target, assetId, vulnerabilities, ownerUnit, status,
                stored, assessmentNumber, assessedBy, assessedAt, acceptance, reviewOn, source, version);
    }

    /** After the row was written with the next version. */
    void written(long newVersion) {
        this.version = newVersion;
    }
}
