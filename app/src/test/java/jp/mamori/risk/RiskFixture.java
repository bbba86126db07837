package jp.mamori.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;

import jp.mamori.catalog.ImplementationStatus;
import jp.mamori.kernel.AssetId;
import jp.mamori.kernel.Decision;
import jp.mamori.kernel.StaffId;
import jp.mamori.kernel.UnitId;

/** Builds risks, assessments and scales for the rule tests. */
final class RiskFixture {

    static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    static final StaffId ASSESSOR = StaffId.of(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final StaffId CISO = StaffId.of(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");

    private RiskFixture() {
    }

    static RiskScales scales() {
        return RiskScales.guidelineDefault();
    }

    static Risk draftOnAsset() {
        return Risk.draft(TENANT, "住民基本台帳システムのランサムウェア感染", List.of("THR-1.1"), "", RiskTarget.SYSTEM,
                AssetId.of(UUID.randomUUID()), "バックアップがネットワーク上にある", UnitId.of(UUID.randomUUID()), "");
    }

    static java.util.Map<ImpactAxis, AxisImpact> impacts(int c, int i, int a) {
        var map = new EnumMap<ImpactAxis, AxisImpact>(ImpactAxis.class);
        map.put(ImpactAxis.CONFIDENTIALITY, new AxisImpact(ImpactAxis.CONFIDENTIALITY, c, c, ""));
        map.put(ImpactAxis.INTEGRITY, new AxisImpact(ImpactAxis.INTEGRITY, i, i, ""));
        map.put(ImpactAxis.AVAILABILITY, new AxisImpact(ImpactAxis.AVAILABILITY, a, a, ""));
        return map;
    }

    /** Inherent 高 × 大 (極めて高い), mitigated with an implemented and a partial measure down to 中 × 大. */
    static Assessment mitigated() {
        return new Assessment(3, impacts(3, 2, 2),
                Treatment.mitigate(List.of(new ChosenMeasure("MIC-STD-6.4.1", ImplementationStatus.IMPLEMENTED),
                        new ChosenMeasure("MIC-STD-6.4.2", ImplementationStatus.PARTIAL)), TODAY.plusMonths(3)),
                Estimate.of(2, 3, 2, 2));
    }

    static String key(Decision decision) {
        return decision instanceof Decision.Refusal refusal ? refusal.messageKey() : "allowed";
    }
}
