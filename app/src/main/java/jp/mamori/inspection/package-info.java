/**
 * 自己点検 (self-inspection, seed 6(8) and 7): question sets drawn from the measures catalogue, sent to units and
 * staff on the campaign engine, each respondent's answer sheet (実施 / 一部実施 / 未実施 / 該当なし with a comment),
 * the 管理者's review (return with a comment, or accept), results by question and unit, and a corrective action for
 * each 未実施 item; {@link jp.mamori.inspection.ItemNotImplemented} tells other modules (risk, later) about them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "campaign", "catalog", "correction", "demo", "kernel", "organization", "tenant", "trail", "web"})
package jp.mamori.inspection;
