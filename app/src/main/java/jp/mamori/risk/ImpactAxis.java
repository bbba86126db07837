package jp.mamori.risk;

/** The axis an impact is judged on: 機密性, 完全性, 可用性 (the asset classification's three axes). */
public enum ImpactAxis {
    CONFIDENTIALITY, INTEGRITY, AVAILABILITY
}
