/**
 * The tamper-evident audit trail (監査証跡): one hash-chained, Merkle-hashed entry for every change,
 * signed checkpoints, verification and the viewer.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "kernel", "web"})
package jp.mamori.trail;
