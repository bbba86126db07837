/**
 * 監査 (audit, seed 7): engagements with their audited period, scope units, criteria and auditors — an auditor
 * never audits a unit they belonged to in the audited period — findings with their criterion, condition and
 * recommendation, each followed up by a corrective action ({@code correction}) whose verification closes it, and the
 * engagement's report.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "correction", "demo", "finding", "kernel", "organization", "tenant", "trail", "web"})
package jp.mamori.audit;
