/**
 * 読了確認 (seed 5: every member of staff must know and follow the policy): campaigns that ask a set of staff to
 * read an approved policy revision and confirm it, each confirmation bound to that exact revision; progress by
 * unit, reminders by mail through the outbox, and the export of who has and has not confirmed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "campaign", "demo", "kernel", "organization", "policy", "tenant", "trail", "web"})
package jp.mamori.acknowledgement;
