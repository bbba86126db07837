package jp.mamori.risk;

/** How a risk is treated (リスク対応): 低減, 回避, 移転, 受容. */
public enum TreatmentOption {
    /** 低減: with chosen measures of the catalogue */
    MITIGATE,
    /** 回避: the activity that carries the risk stops */
    AVOID,
    /** 移転: insurance or a contract carries the harm */
    TRANSFER,
    /** 保有 (受容): nothing is done, the residual risk is the inherent one */
    ACCEPT
}
