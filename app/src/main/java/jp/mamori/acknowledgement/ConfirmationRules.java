package jp.mamori.acknowledgement;

import java.util.UUID;

import jp.mamori.access.CurrentUser;
import jp.mamori.campaign.Campaign;
import jp.mamori.kernel.Decision;

/**
 * Who may confirm what: only the person asked, for themselves, in an open campaign, once, having ticked
 * 「内容を読み、遵守します」. Pure function, so the rule is tested as a table.
 */
final class ConfirmationRules {

    private ConfirmationRules() {
    }

    /**
     * @param staffId whom the confirmation is for
     * @param asked whether the campaign asks that person
     * @param alreadyConfirmed whether that person has confirmed this campaign before
     * @param agreed whether the checkbox was ticked
     */
    static Decision mayConfirm(Campaign campaign, CurrentUser user, UUID staffId, boolean asked,
            boolean alreadyConfirmed, boolean agreed) {
        if (user.staffId() == null || !user.staffId().equals(staffId)) {
            return Decision.refuse("acknowledgement.refused.someoneElse");
        }
        var open = campaign.mayTakePart();
        if (!open.allowed()) {
            return open;
        }
        if (!asked) {
            return Decision.refuse("acknowledgement.refused.notAsked");
        }
        if (alreadyConfirmed) {
            return Decision.refuse("acknowledgement.refused.alreadyConfirmed");
        }
        return agreed ? Decision.ALLOWED : Decision.refuse("acknowledgement.refused.notAgreed");
    }
}
