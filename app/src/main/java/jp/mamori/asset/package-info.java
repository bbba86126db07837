/**
 * The 情報資産台帳 (seed 4(2), 6(1)): information assets with their C/I/A classification on the tenant's scheme,
 * inheritance of classes by the systems and media that hold information, handling rules per class and
 * lifecycle step, consistency checks, bulk import and export, and disposal with the manager's approval.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "demo", "finding", "importing", "kernel", "organization", "tenant", "trail", "web"})
package jp.mamori.asset;
