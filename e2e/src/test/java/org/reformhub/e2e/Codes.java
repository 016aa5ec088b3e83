package org.reformhub.e2e;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;

import org.reformhub.kernel.testing.Tokens;

/**
 * Measures the end-to-end tests register live in a programme of their own run: no earlier run used it
 * (data survives between runs of the platform), and the seed programme stays as the city has it.
 */
final class Codes {

    static final String PROGRAMME = "e2e-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
    private static volatile boolean created;

    private Codes() {
    }

    static synchronized String next() {
        if (!created) {
            Platform.gatewayAs(Tokens.supervisor()).contentType(ContentType.JSON)
                    .body("{\"code\":\"" + PROGRAMME + "\",\"title\":\"端到端测试批次\"}")
                    .post("/api/registry/programmes").then().statusCode(201);
            created = true;
        }
        int n = SEQUENCE.incrementAndGet();
        return (n / 100) + "-" + String.format("%02d", n % 100);
    }

    /** {@code <programme>/<code>}: the measure's Kafka key and the tail of its API path. */
    static String key(String code) {
        return PROGRAMME + "/" + code;
    }

    static String path(String code) {
        return "/api/registry/measures/" + key(code);
    }
}
