package jp.mamori;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/** Fails a browser test class under {@code CI=true} when Chromium is missing; skips it elsewhere. */
class BrowserAvailability implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        var missing = Browser.missing();
        if (missing == null) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(missing);
        }
        throw new TestAbortedException(missing);
    }
}
