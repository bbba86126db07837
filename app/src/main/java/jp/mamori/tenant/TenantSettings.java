package jp.mamori.tenant;

import java.util.ArrayList;
import java.util.Objects;
import java.util.UUID;

import jp.mamori.trail.Trail;
import jp.mamori.kernel.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use case of the settings page: change a tenant's own settings, with one trail entry. */
@Service
class TenantSettings {

    /** The settings as edited, with the version they were read at. */
    record Draft(String name, String nameKana, String nameRomaji, LocalGovernmentCode code, int fiscalYearStartMonth,
            ClassificationScheme scheme, SeparationModel separationModel, boolean mfaForAll) {
    }

    private final JdbcClient jdbc;
    private final Tenants tenants;
    private final Trail trail;
    private final ApplicationEventPublisher events;

    TenantSettings(JdbcClient jdbc, Tenants tenants, Trail trail, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.trail = trail;
        this.events = events;
    }

    @Transactional(readOnly = true)
    long version(UUID tenantId) {
        return jdbc.sql("SELECT version FROM tenant WHERE id = ?").param(tenantId).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("tenant " + tenantId));
    }

    @Transactional
    void update(UUID tenantId, long version, Draft draft) {
        var before = tenants.find(tenantId).orElseThrow(() -> new NotFound("tenant " + tenantId));
        int monthBefore = tenants.fiscalYearStartMonth(tenantId);
        tenants.findByCode(draft.code()).filter(other -> !other.id().equals(tenantId)).ifPresent(other -> {
            throw new TenantCodeTaken(draft.code());
        });
        int changed = jdbc.sql("""
                UPDATE tenant SET name = ?, name_kana = ?, name_romaji = ?, code = ?, fiscal_year_start_month = ?,
                scheme = ?, separation_model = ?, mfa_for_all = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(draft.name().strip(), draft.nameKana().strip(), draft.nameRomaji().strip(), draft.code().value(),
                        draft.fiscalYearStartMonth(), draft.scheme().name(), draft.separationModel().name(),
                        draft.mfaForAll(), tenantId, version)
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("tenant " + tenantId + " changed since version " + version);
        }
        var changes = new ArrayList<String>();
        diff(changes, "名称", before.name(), draft.name().strip());
        diff(changes, "かな", before.nameKana(), draft.nameKana().strip());
        diff(changes, "ローマ字", before.nameRomaji(), draft.nameRomaji().strip());
        diff(changes, "団体コード", before.code().value(), draft.code().value());
        diff(changes, "年度開始月", monthBefore, draft.fiscalYearStartMonth());
        diff(changes, "分類体系", before.scheme(), draft.scheme());
        diff(changes, "分離モデル", before.separationModel(), draft.separationModel());
        diff(changes, "全員に多要素認証", before.mfaForAll(), draft.mfaForAll());
        trail.record(tenantId, "tenant.settings.updated", "Tenant", tenantId.toString(),
                changes.isEmpty() ? "団体の設定を保存（変更なし）" : "団体の設定を変更: " + String.join(", ", changes));
        events.publishEvent(new TenantSettingsChanged(tenantId, draft.mfaForAll()));
    }

    private static void diff(ArrayList<String> into, String label, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            into.add(label + " " + before + " → " + after);
        }
    }
}
