/**
 * The three-tier separation (強靱性の向上, seed definitions (8)–(12) and clause 6(2)): segments in the zones and
 * outside, information systems and terminal groups placed in them, declared flows between them, the check of all
 * of it against the tenant's separation model, the diagram, and the comparison of observed traffic with the flows.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "asset", "demo", "finding", "importing", "kernel", "tenant", "trail", "web"})
package jp.mamori.network;
