package jp.mamori.sanitizer.worker;

import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.FindingKind;

/** Placeholder: blocks until implemented (fail-closed). */
final class Ole2Disarm {
    Ole2Disarm(FileLimits limits) {
    }

    Disarmed disarm(byte[] content) {
        return Disarmed.blocked("application/octet-stream", "document", FindingKind.UNKNOWN_TYPE,
                "not yet supported");
    }
}
