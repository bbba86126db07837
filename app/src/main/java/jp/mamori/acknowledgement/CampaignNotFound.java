package jp.mamori.acknowledgement;

import jp.mamori.kernel.NotFound;

/** No such campaign (or request) in the user's tenant and reach; the two look the same. */
class CampaignNotFound extends NotFound {
    CampaignNotFound(Object id) {
        super("acknowledgement campaign " + id);
    }
}
