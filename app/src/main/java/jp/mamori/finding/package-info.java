/**
 * Findings (要確認事項): the results of every automatic check on a tenant's data (asset consistency, network
 * separation, contracts, cloud services, inspection, audit) in one shape and one event, and the open ones kept for
 * the dashboard.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "web"})
package jp.mamori.finding;
