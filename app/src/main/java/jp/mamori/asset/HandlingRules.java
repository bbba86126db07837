package jp.mamori.asset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.tenant.ClassificationScheme;
import jp.mamori.trail.Trail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's handling rules (取扱制限) for each class and lifecycle step: its own text where it wrote one, else
 * the guideline's default. Thread-safe.
 */
@Service
@Transactional
class HandlingRules {

    /** One rule as shown: the class, the step, the text and whether it is the tenant's own. */
    record Rule(HandlingClass handlingClass, HandlingStep step, String text, boolean own) {
        public String classLabel() {
            return handlingClass.label();
        }
    }

    private final JdbcClient jdbc;
    private final Trail trail;

    HandlingRules(JdbcClient jdbc, Trail trail) {
        this.jdbc = jdbc;
        this.trail = trail;
    }

    @Transactional(readOnly = true)
    Map<String, String> own(UUID tenantId) {
        var map = new HashMap<String, String>();
        jdbc.sql("SELECT handling_class, step, rule_text FROM handling_rule WHERE tenant_id = ?").param(tenantId)
                .query(rs -> {
                    map.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
                });
        return map;
    }

    /** Every rule of the scheme's classes, class by class and step by step. */
    @Transactional(readOnly = true)
    List<Rule> table(UUID tenantId, ClassificationScheme scheme) {
        var own = own(tenantId);
        var rules = new ArrayList<Rule>();
        for (var c : HandlingClass.all(scheme)) {
            for (var step : HandlingStep.values()) {
                rules.add(rule(own, c, step));
            }
        }
        return rules;
    }

    /** The rules that apply to an asset so classified, step by step; steps without any rule are left out. */
    @Transactional(readOnly = true)
    List<Rule> applying(UUID tenantId, Classification classification) {
        var own = own(tenantId);
        var rules = new ArrayList<Rule>();
        for (var step : HandlingStep.values()) {
            for (var c : HandlingClass.applying(classification)) {
                var rule = rule(own, c, step);
                if (!rule.text().isBlank()) {
                    rules.add(rule);
                }
            }
        }
        return rules;
    }

    private static Rule rule(Map<String, String> own, HandlingClass c, HandlingStep step) {
        var text = own.get(c.key() + "/" + step.name());
        return text != null ? new Rule(c, step, text, true) : new Rule(c, step, HandlingDefaults.text(c, step), false);
    }

    /** Sets the tenant's own text; a blank text restores the guideline's default. */
    void set(UUID tenantId, HandlingClass c, HandlingStep step, String text) {
        var value = text == null ? "" : text.strip();
        if (value.length() > 2000) {
            throw new AssetRefused("asset.refused.ruleTooLong");
        }
        jdbc.sql("DELETE FROM handling_rule WHERE tenant_id = ? AND handling_class = ? AND step = ?")
                .params(tenantId, c.key(), step.name()).update();
        if (!value.isEmpty()) {
            jdbc.sql("INSERT INTO handling_rule (id, tenant_id, handling_class, step, rule_text, version)"
                    + " VALUES (?, ?, ?, ?, ?, 0)").params(UUID.randomUUID(), tenantId, c.key(), step.name(), value)
                    .update();
        }
        trail.record(tenantId, "asset.handlingRule.changed", "HandlingRule", c.key() + "/" + step.name(),
                c.label() + " " + step.name() + ": " + (value.isEmpty() ? "既定に戻す" : value));
    }
}
