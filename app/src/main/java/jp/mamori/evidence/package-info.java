/**
 * The evidence store (証跡) for every module: files (checked by content, written atomically, with their SHA-256) and
 * links, each attached to an owner, an object of another module such as a measure, an audit finding or a
 * corrective action.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "kernel", "sanitizer", "trail"})
package jp.mamori.evidence;
