/**
 * The tenants (団体) of an installation: their name, 全国地方公共団体コード, fiscal year, classification
 * scheme edition, separation model and security settings. Nothing of one tenant is visible to another.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "kernel", "trail", "web"})
package jp.mamori.tenant;
