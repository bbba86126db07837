/**
 * File disarm (ファイル無害化): recognises a file by its content, rebuilds it without active content, and
 * reports what it found. {@link jp.mamori.sanitizer.file.FileEngine} is the entry point; PDF and Office
 * formats are handed to worker processes ({@link jp.mamori.sanitizer.worker}), the simpler formats (images,
 * text, RTF, ZIP) are rebuilt in-process by small, bounded readers.
 */
package jp.mamori.sanitizer.file;
