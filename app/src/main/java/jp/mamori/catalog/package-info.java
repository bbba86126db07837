/**
 * The measures catalogue (seed 3, 6, 9): the 対策基準 chapter tree and the threat catalogue as versioned data,
 * and per tenant the statement of applicability (適用/非適用, owner, implementation status, local article number,
 * evidence) with its coverage of the basic policy's clauses.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "demo", "evidence", "importing", "kernel", "organization", "tenant", "trail", "web"})
package jp.mamori.catalog;
