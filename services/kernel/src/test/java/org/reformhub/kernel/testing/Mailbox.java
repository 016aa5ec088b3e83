package org.reformhub.kernel.testing;

import static io.restassured.RestAssured.given;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the platform's mail server (GreenMail, started by deploy/local) received for an address, read through its REST
 * API: {@code -De2e.mail} (the end-to-end tests), else {@code MAIL_API_PORT} on this machine (test.sh exports it),
 * else up.sh's 3080. For the component tests: the platform that test.sh runs beside them reads the same topics and
 * may mail the same address, so a message is theirs when its X-ReformHub-Delivery header names one of their deliveries.
 */
public final class Mailbox {

    private static final Pattern DELIVERY = Pattern.compile("X-ReformHub-Delivery: ([0-9a-f-]{36})");

    public record Message(String subject, String deliveryId) {
    }

    private Mailbox() {
    }

    public static String api() {
        String port = System.getenv("MAIL_API_PORT");
        return System.getProperty("e2e.mail", "http://127.0.0.1:" + (port != null ? port : "3080")) + "/api";
    }

    /** The messages delivered to {@code address} (none when it never received one). */
    public static List<Message> messages(String address) {
        var response = given().urlEncodingEnabled(false).get(api() + "/user/" + address + "/messages/INBOX");
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<Map<String, Object>> messages = response.jsonPath().getList("$");
        return messages.stream().map(m -> {
            Matcher id = DELIVERY.matcher(String.valueOf(m.get("mimeMessage")));
            return new Message(String.valueOf(m.get("subject")), id.find() ? id.group(1) : null);
        }).toList();
    }

    /** Messages to {@code address} whose subject contains {@code subjectPart}, whoever sent them. */
    public static long count(String address, String subjectPart) {
        return messages(address).stream().filter(m -> m.subject().contains(subjectPart)).count();
    }

    /** Messages to {@code address} whose subject contains {@code subjectPart}, sent for one of {@code ours}. */
    public static long count(String address, String subjectPart, Collection<String> ours) {
        return messages(address).stream().filter(m -> m.subject().contains(subjectPart) && ours.contains(m.deliveryId())).count();
    }

    /**
     * The first link containing {@code part} in a message to {@code address} (waiting up to a minute for it): what a
     * person clicks in an e-mail from Keycloak. Quoted-printable soft breaks and {@code =3D} are undone first.
     */
    public static String link(String address, String part) {
        Pattern url = Pattern.compile("https?://[^\\s\"<>]*" + Pattern.quote(part) + "[^\\s\"<>]*");
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            var response = given().urlEncodingEnabled(false).get(api() + "/user/" + address + "/messages/INBOX");
            if (response.statusCode() == 200) {
                List<Map<String, Object>> messages = response.jsonPath().getList("$");
                for (Map<String, Object> m : messages) {
                    String text = String.valueOf(m.get("mimeMessage")).replace("=\r\n", "").replace("=\n", "")
                            .replace("=3D", "=");
                    Matcher found = url.matcher(text);
                    if (found.find()) {
                        return found.group().replace("&amp;", "&");
                    }
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no message to " + address + " with a link containing " + part);
    }

    /** The text of every message to {@code address}, decoded (base64 or quoted-printable, UTF-8). */
    public static List<String> texts(String address) {
        var response = given().urlEncodingEnabled(false).get(api() + "/user/" + address + "/messages/INBOX");
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<Map<String, Object>> messages = response.jsonPath().getList("$");
        return messages.stream().map(m -> decode(String.valueOf(m.get("mimeMessage")))).toList();
    }

    /** The raw message (headers and body) and decoded text of each message to {@code address} sent for one of {@code ours}. */
    public record Received(String raw, String text) {
    }

    public static List<Received> received(String address, Collection<String> ours) {
        var response = given().urlEncodingEnabled(false).get(api() + "/user/" + address + "/messages/INBOX");
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<Map<String, Object>> messages = response.jsonPath().getList("$");
        return messages.stream().map(m -> String.valueOf(m.get("mimeMessage"))).filter(raw -> {
            Matcher id = DELIVERY.matcher(raw);
            return id.find() && ours.contains(id.group(1));
        }).map(raw -> new Received(raw, decode(raw))).toList();
    }

    private static String decode(String mime) {
        String normalized = mime.replace("\r\n", "\n");
        int blank = normalized.indexOf("\n\n");
        String headers = blank < 0 ? normalized : normalized.substring(0, blank);
        String body = blank < 0 ? "" : normalized.substring(blank + 2);
        if (headers.toLowerCase().contains("content-transfer-encoding: base64")) {
            try {
                return new String(java.util.Base64.getMimeDecoder().decode(body.strip()), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return body;
            }
        }
        if (headers.toLowerCase().contains("quoted-printable")) {
            String joined = body.replace("=\n", "");
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < joined.length(); i++) {
                char c = joined.charAt(i);
                if (c == '=' && i + 2 < joined.length()) {
                    bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    bytes.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
        return body;
    }

    public static List<String> subjects(String address, Collection<String> ours) {
        return messages(address).stream().filter(m -> ours.contains(m.deliveryId())).map(Message::subject).toList();
    }
}
