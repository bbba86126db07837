package jp.mamori.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jp.mamori.tenant.SeparationModel;
import jp.mamori.tenant.SeparationModelChange;
import jp.mamori.web.Messages;

import org.springframework.stereotype.Component;

/**
 * What a change of separation model puts in doubt: the findings the new model raises that the old one did not,
 * listed on the settings result page. (The findings themselves are published again when the settings change.)
 */
@Component
class NetworkModelChange implements SeparationModelChange {

    private final NetworkFindings findings;
    private final Messages messages;

    NetworkModelChange(NetworkFindings findings, Messages messages) {
        this.findings = findings;
        this.messages = messages;
    }

    @Override
    public List<Doubt> doubts(UUID tenantId, SeparationModel before, SeparationModel after) {
        var topology = findings.topology(tenantId);
        var old = new HashSet<String>();
        SeparationCheck.check(topology.withModel(before)).forEach(f -> old.add(f.ruleId() + f.subjects()));
        var doubts = new ArrayList<Doubt>();
        for (var f : SeparationCheck.check(topology.withModel(after))) {
            if (!old.contains(f.ruleId() + f.subjects())) {
                doubts.add(new Doubt(f.subject().label(), messages.text(f.messageKey(), f.messageArguments()),
                        "/network"));
            }
        }
        return doubts;
    }
}
