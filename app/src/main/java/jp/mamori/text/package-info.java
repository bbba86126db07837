/**
 * Text that people write, made safe to show: Markdown rendered and cleaned against an allow-list, for any module's
 * pages and for domain code alike, without the web shell.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package jp.mamori.text;
