/**
 * Incidents and the emergency response plan (緊急時対応計画, seed 6(6)): a one-minute report by any member of staff,
 * CSIRT handling through states that cannot be skipped, and the legal reporting obligations (個人情報保護委員会 速報 and
 * 確報, police, prefecture) derived from the recorded facts and tracked to done.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "correction", "demo", "evidence", "kernel", "notification",
        "organization", "policy", "tenant", "trail", "web"})
package jp.mamori.incident;
