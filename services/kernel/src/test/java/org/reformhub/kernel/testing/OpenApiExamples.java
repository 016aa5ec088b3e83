package org.reformhub.kernel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.specification.FilterableRequestSpecification;

/**
 * Keeps each operation's first successful exchange of a test run as a candidate example
 * ({@code target/openapi-examples/<operationId>.json}, lists cut to their first item). The examples a document
 * shows are chosen from these and committed under {@code src/main/resources/openapi-examples/}.
 */
final class OpenApiExamples {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Operations this test run has already kept, so that a request after the first costs no file-system look-up. */
    private static final Set<String> KEPT = ConcurrentHashMap.newKeySet();

    private OpenApiExamples() {
    }

    static void keep(OperationMatch match, FilterableRequestSpecification request, String path, JsonNode response) {
        String operationId = match.operation().path("operationId").asText();
        if (operationId.isBlank() || !KEPT.add(operationId)) {
            return;
        }
        Path file = Path.of("target", "openapi-examples", operationId + ".json");
        if (Files.exists(file)) {
            return; // kept by an earlier test class's run of this module
        }
        ObjectNode example = JSON.createObjectNode();
        ObjectNode parameters = pathParameters(match.template(), path);
        if (!parameters.isEmpty()) {
            example.set("parameters", parameters);
        }
        JsonNode requestBody = requestBody(request);
        if (requestBody != null) {
            example.set("request", shortened(requestBody));
        }
        if (response != null) {
            example.set("response", shortened(response.deepCopy()));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(example));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode pathParameters(String template, String path) {
        ObjectNode values = JSON.createObjectNode();
        String[] names = template.split("/", -1);
        String[] segments = path.split("/", -1);
        for (int i = 0; i < names.length && i < segments.length; i++) {
            if (names[i].startsWith("{") && names[i].endsWith("}")) {
                values.put(names[i].substring(1, names[i].length() - 1), segments[i]);
            }
        }
        return values;
    }

    private static JsonNode requestBody(FilterableRequestSpecification request) {
        Object body = request.getBody();
        if (body == null || request.getContentType() == null || !request.getContentType().contains("json")) {
            return null;
        }
        try {
            if (body instanceof String text) {
                return JSON.readTree(text);
            }
            return body instanceof byte[] bytes ? JSON.readTree(bytes) : JSON.valueToTree(body);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static JsonNode shortened(JsonNode node) {
        if (node instanceof ArrayNode array) {
            while (array.size() > 1) {
                array.remove(array.size() - 1);
            }
        }
        node.forEach(OpenApiExamples::shortened);
        return node;
    }
}
