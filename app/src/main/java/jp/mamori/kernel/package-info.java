/**
 * The shared kernel: the few domain words every module uses in the same sense — a {@link Decision} of a rule
 * that can say no, the {@link Refused}, {@link NotFound} and {@link EditConflict} facts a use case throws, and
 * the typed ids of the aggregates that modules reference across their boundaries. Plain Java only: no Spring
 * MVC, no Thymeleaf, nothing of the web shell, so that aggregates can depend on it without depending on
 * {@code web}.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package jp.mamori.kernel;
