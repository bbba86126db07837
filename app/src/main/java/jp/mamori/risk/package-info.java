/**
 * The risk register (seed 3 and 8): threats of the catalogue acting on assets, systems or the organisation,
 * assessed on the tenant's scales per axis (機密性, 完全性, 可用性), treated with the statement of applicability's
 * measures, accepted by the CISO or a delegate, and gathered into the policy-review dossier.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "asset", "catalog", "kernel",
        "incident", "notification", "organization", "tenant", "trail", "web", "demo", "policy"})
package jp.mamori.risk;
