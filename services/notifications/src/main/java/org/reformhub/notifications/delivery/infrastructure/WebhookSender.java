package org.reformhub.notifications.delivery.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.reformhub.notifications.delivery.domain.ChannelSender;
import org.reformhub.notifications.rule.domain.Channel;
import org.reformhub.notifications.delivery.domain.Delivery;
import org.reformhub.notifications.delivery.domain.DeliveryFailure;
import org.reformhub.notifications.delivery.domain.WebhookSignature;
import org.reformhub.notifications.directory.application.Directory;
import org.reformhub.notifications.rule.domain.Recipient;

/**
 * A department's webhook (its SMS / WeCom / DingTalk gateway): an HTTP POST of the message as JSON, signed with
 * the department's secret ({@link WebhookSignature}); a text to an enterprise's contact ({@code sms:<mobile>}) is
 * the same POST with a {@code to}, to the city's SMS gateway with its secret. 2xx is delivered; 408, 429 and 5xx or no answer are tried
 * again; any other 4xx means the endpoint refuses this message, and retrying would not help.
 */
@ApplicationScoped
public class WebhookSender implements ChannelSender {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Directory directory;
    private final SmsGateway sms;
    private final ObjectMapper json;

    public WebhookSender(Directory directory, SmsGateway sms, ObjectMapper json) {
        this.directory = directory;
        this.sms = sms;
        this.json = json;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Delivery delivery) throws DeliveryFailure {
        boolean text = SmsGateway.isSms(delivery.address());
        String url;
        String secret;
        if (text) {
            url = sms.url().orElseThrow(() -> new DeliveryFailure("no SMS gateway is configured any more", true));
            secret = sms.secret().orElseThrow(() -> new DeliveryFailure("no SMS gateway is configured any more", true));
        } else {
            String dept = Recipient.ofKey(delivery.recipientKey()).id();
            url = delivery.address();
            secret = directory.find(dept).flatMap(c -> c.webhookSecret())
                    .orElseThrow(() -> new DeliveryFailure("the department has no webhook secret any more", true));
        }
        String body = body(delivery, text ? delivery.address().substring(SmsGateway.SCHEME.length()) : null);
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                    .header(WebhookSignature.DELIVERY_HEADER, delivery.id().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailure("webhook address is not usable: " + e.getMessage(), true);
        }
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryFailure("webhook: " + (e.getMessage() == null ? "connection failed" : e.getMessage()), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("webhook: interrupted", false);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            boolean retry = status == 408 || status == 429 || status >= 500 || status / 100 == 3;
            throw new DeliveryFailure("webhook answered HTTP " + status, !retry);
        }
    }

    /** @param to the mobile number of a text message, else null (a department's gateway knows its own people) */
    private String body(Delivery d, String to) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("deliveryId", d.id());
        if (to != null) {
            message.put("to", to);
        }
        message.put("recipient", d.recipientKey());
        message.put("rule", d.rule());
        message.put("category", d.category());
        message.put("severity", d.severity());
        message.put("text", d.subject());
        message.put("sourceEventId", d.sourceEventId());
        message.put("createdAt", d.createdAt().toString());
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
