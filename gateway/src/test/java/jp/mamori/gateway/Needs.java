package jp.mamori.gateway;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the end-to-end tests need from the machine; with CI=true a missing piece fails, never skips. */
final class Needs {
    private Needs() {}

    static void postfixAndSwaks() {
        boolean here = Files.isExecutable(Path.of("/usr/sbin/postfix")) && Files.isExecutable(Path.of("/usr/bin/swaks"))
                && "root".equals(System.getProperty("user.name"));
        if ("true".equals(System.getenv("CI"))) {
            if (!here) {
                throw new IllegalStateException("CI=true: Postfix, swaks and root are needed for the gateway's end-to-end tests"
                        + " (.ci/run installs postfix and swaks)");
            }
        } else {
            assumeTrue(here, "Postfix and swaks (as root) are needed; .ci/run installs them");
        }
    }
}
