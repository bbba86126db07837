/**
 * The command-line tool {@code mamori-sanitize} (mail, file, batch) with JSON reports; see the module
 * README for the report format and exit codes.
 */
package jp.mamori.sanitizer.cli;
