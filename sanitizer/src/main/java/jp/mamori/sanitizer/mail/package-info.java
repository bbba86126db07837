/**
 * Mail text conversion (メール無害化): parses a received mail under hard limits, refuses ambiguous
 * structure, and builds a brand-new UTF-8 plain-text mail with only safe headers, defanged links, a
 * Japanese notice of every change and the attachments the policy allows. Entry point:
 * {@link jp.mamori.sanitizer.mail.MailSanitizer}, normally used through {@link jp.mamori.sanitizer.Sanitizer}.
 */
package jp.mamori.sanitizer.mail;
