/**
 * 業務委託と外部サービス (seed 6(7)): contractors with their certifications, staff with access and approved
 * sub-contractors; contracts with the checklist of security clauses and the periodic checks a contractor answers
 * through a capability link; cloud services with ISMAP and the class of information they may hold; and the
 * town's social-media accounts. Its automatic checks are published as findings.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "asset", "demo", "finding", "identity", "kernel", "notification", "organization", "tenant", "trail", "web"})
package jp.mamori.supplier;
