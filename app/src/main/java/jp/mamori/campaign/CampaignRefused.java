package jp.mamori.campaign;

import java.util.Map;

import jp.mamori.kernel.Refused;

/**
 * A campaign change or an item transition that a rule refuses; the message says why, and {@link #field()} names the
 * form field the reason belongs to (so a form can show it next to that field), or null for the whole form.
 */
public class CampaignRefused extends Refused {

    private static final Map<String, String> FIELDS = Map.of("campaign.refused.title", "title",
            "campaign.refused.dueMissing", "dueOn", "campaign.refused.dueInPast", "dueOn",
            "campaign.refused.unknownUnit", "unitIds", "campaign.refused.noTarget", "targetAll",
            "campaign.refused.noSystemRespondents", "systems");

    public CampaignRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** The form field this refusal is about: {@code title}, {@code dueOn}, {@code unitIds}…; null when none. */
    public String field() {
        return FIELDS.get(messageKey());
    }
}
