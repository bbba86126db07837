/**
 * Corrective actions (改善措置): the one shared record that risk, incidents, self-inspection and audit open for
 * something to put right, followed up to completion and verified by someone other than whoever completed it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "kernel", "organization", "tenant", "trail", "web"})
package jp.mamori.correction;
