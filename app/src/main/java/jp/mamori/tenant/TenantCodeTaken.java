package jp.mamori.tenant;

import jp.mamori.kernel.Refused;

/** Another tenant of the installation already has this 全国地方公共団体コード. */
public class TenantCodeTaken extends Refused {
    public TenantCodeTaken(LocalGovernmentCode code) {
        super("tenant.refused.codeTaken", code.value());
    }
}
