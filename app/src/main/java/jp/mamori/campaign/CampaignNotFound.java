package jp.mamori.campaign;

import jp.mamori.kernel.NotFound;

/** No such campaign (or item) in the user's tenant and reach; the two look the same. Shown as 404. */
public class CampaignNotFound extends NotFound {
    public CampaignNotFound(Object id) {
        super("campaign " + id);
    }
}
