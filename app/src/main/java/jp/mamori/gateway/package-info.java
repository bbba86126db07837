/**
 * The mail gateway's side in the app (seed clause 6(2)②): the reports the 無害化 gateway sends with its service
 * token (per-tenant daily counts, the held and blocked mails) and their figure on the dashboard. The gateway itself
 * is the {@code gateway/} deployable; it initiates, the app only answers (docs/architecture.md, "The gateway and the
 * app").
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "web", "tenant", "kernel"})
package jp.mamori.gateway;
