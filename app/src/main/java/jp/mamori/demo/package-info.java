/**
 * The demo town 久米南町 loaded on a first start: one runner registers the town and runs, as the system actor, the
 * ordered {@link jp.mamori.demo.DemoStep demo steps} that each module declares for its own data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "tenant"})
package jp.mamori.demo;
