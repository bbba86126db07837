/**
 * The 情報セキュリティポリシー as documents (seed 8, 9, 10 and its 改訂履歴): the three tiers and related documents
 * with their disclosure level and audience, revisions that go through review and approval before they come
 * into force, clause-by-clause comparison, and the public page every municipality must publish.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "demo", "kernel", "organization", "tenant", "text", "trail", "web"})
package jp.mamori.policy;
