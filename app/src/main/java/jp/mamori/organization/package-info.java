/**
 * The organisation of each tenant (seed 4(1), 5): org units as a tree (部/課/係 of 内部部局, 行政委員会,
 * 議会事務局, 地方公営企業), staff, and the dated security-role appointments with the 体制図 drawn from them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "demo", "importing", "kernel", "tenant", "trail", "web"})
package jp.mamori.organization;
