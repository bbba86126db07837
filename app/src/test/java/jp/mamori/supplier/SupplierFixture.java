package jp.mamori.supplier;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.asset.Confidentiality;

/** Objects of the supplier registers for rule tests: a 情報管理係 contractor, its contract, services, accounts. */
final class SupplierFixture {

    static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID UNIT = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private SupplierFixture() {
    }

    static Contractor contractor() {
        return contractor(null, null);
    }

    static Contractor contractor(LocalDate isms, LocalDate privacyMark) {
        return new Contractor(UUID.randomUUID(), TENANT, "株式会社 岡山システムサービス", UNIT, "標準準拠システムの運用保守",
                "山本 一郎", "yamamoto@vendor.example", isms, privacyMark, "山本 一郎、佐藤 花子", 0);
    }

    static Contract contract(Contractor contractor, Set<SecurityClause> clauses) {
        return new Contract(UUID.randomUUID(), TENANT, contractor.id(), "令和8年度 標準準拠システム運用保守業務",
                LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), clauses, null, 0);
    }

    static Contract contract(Contractor contractor, LocalDate startsOn, LocalDate endsOn, LocalDate certified) {
        return new Contract(UUID.randomUUID(), TENANT, contractor.id(), "ホームページ保守業務", startsOn, endsOn, all(),
                certified, 0);
    }

    static Set<SecurityClause> all() {
        return EnumSet.allOf(SecurityClause.class);
    }

    static Set<SecurityClause> allBut(SecurityClause missing) {
        var set = all();
        set.remove(missing);
        return set;
    }

    static CloudService cloud(boolean ismap, LocalDate ismapExpires, Confidentiality allowed, boolean terms,
            LocalDate approved) {
        return new CloudService(UUID.randomUUID(), TENANT, "提供者", "サービス", UNIT, ismap, ismapExpires, "国内", allowed,
                terms, approved, "データを書き出して移行", 0);
    }

    static SocialAccount social(LocalDate lastActivity, boolean listed, boolean secondFactor, UUID responsible,
            String procedure) {
        return new SocialAccount(UUID.randomUUID(), TENANT, "X", "@kumenan_town", "https://x.com/kumenan_town", UNIT,
                responsible, procedure, listed, secondFactor, "総務係長", lastActivity, 0);
    }

    static SupplierRules.Registers registers(Contractor contractor, Contract contract, Confidentiality handled) {
        return new SupplierRules.Registers(List.of(contractor), List.of(), List.of(contract), List.of(), List.of(),
                List.of(), handled == null ? Map.of() : Map.of(contractor.id(), handled), Map.of());
    }
}
