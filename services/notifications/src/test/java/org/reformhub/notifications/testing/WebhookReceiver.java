package org.reformhub.notifications.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import org.reformhub.notifications.delivery.domain.WebhookSignature;

/**
 * A department's SMS gateway as a real HTTP server on a free port: it checks each call's signature and timestamp as a
 * receiver must, records what it accepted, and answers with the status codes a test queues (then 200).
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Call(String deliveryId, String body, boolean signatureValid, boolean timestampFresh, int answered) {
    }

    private final HttpServer server;
    private final String secret;
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public WebhookReceiver(String secret) throws IOException {
        this(secret, 0);
    }

    /** @param port a fixed port (the SMS gateway the test profile configures), or 0 for any free one */
    public WebhookReceiver(String secret, int port) throws IOException {
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String timestamp = exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER);
            String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER);
            long ts = timestamp == null ? 0 : Long.parseLong(timestamp);
            boolean valid = timestamp != null && WebhookSignature.verify(secret, ts, body, signature);
            boolean fresh = Math.abs(System.currentTimeMillis() / 1000 - ts) < 300;
            Integer queued = answers.poll();
            int status = !valid ? 401 : queued == null ? 200 : queued;
            calls.add(new Call(exchange.getRequestHeaders().getFirst(WebhookSignature.DELIVERY_HEADER), body, valid, fresh, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public String secret() {
        return secret;
    }

    /** The next calls are answered with these statuses, in order. */
    public void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
