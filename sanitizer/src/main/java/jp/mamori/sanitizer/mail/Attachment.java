package jp.mamori.sanitizer.mail;

/**
 * A file found in a mail, waiting for the attachment policy: a part with a name or a non-text type, a
 * file inside winmail.dat, or a file of an attached mail.
 *
 * @param location where in the mail, for the report
 * @param fileName a safe display name (no path, no control or bidi characters), never empty
 * @param mediaType the declared media type, only informative; the file engine looks at the content
 * @param content the decoded bytes
 */
record Attachment(String location, String fileName, String mediaType, byte[] content) {
}
