package org.reformhub.e2e;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import org.reformhub.kernel.testing.KafkaProbe;

/** Stops and starts the platform's infrastructure and services through deploy/local/ctl.sh, as an operator would. */
final class Components {

    private static final String CTL = System.getProperty("e2e.ctl", "");

    private Components() {
    }

    /** Skips the calling test when it does not run under deploy/local/test.sh (nothing to stop). */
    static void requireControl() {
        Assumptions.assumeFalse(CTL.isBlank(), "needs deploy/local/ctl.sh (run through deploy/local/test.sh)");
    }

    static boolean controllable() {
        return !CTL.isBlank();
    }

    static void run(String action, String component) throws IOException, InterruptedException {
        // the script's output goes to a file: written into the test JVM's stdout it corrupts Failsafe's channel
        java.io.File log = new java.io.File("target/ctl.log");
        ProcessBuilder builder = new ProcessBuilder(CTL, action, component).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        // this JVM's environment names the component tests' broker; a service started again joins the platform's
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", KafkaProbe.bootstrapServers());
        Process process = builder.start();
        // a Keycloak start on a busy 2-core machine can take minutes
        if (!process.waitFor(400, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroy();
            throw new IllegalStateException("ctl.sh " + action + " " + component + " failed; see e2e/target/ctl.log");
        }
    }
}
