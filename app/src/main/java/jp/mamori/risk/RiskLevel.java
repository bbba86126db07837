package jp.mamori.risk;

/** The level a cell of the risk matrix gives: 低, 中, 高, 極めて高い, in rising order. */
public enum RiskLevel {
    /** 低 */
    LOW,
    /** 中 */
    MEDIUM,
    /** 高 */
    HIGH,
    /** 極めて高い */
    VERY_HIGH;

    public boolean higherThan(RiskLevel other) {
        return compareTo(other) > 0;
    }
}
