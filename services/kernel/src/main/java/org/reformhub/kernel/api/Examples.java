package org.reformhub.kernel.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An example on each operation: {@code openapi-examples/<operationId>.json} on the service's class path (the kernel's
 * for its own operations) holds the parameters, the request body and the answer. Most are a real exchange one of the
 * service's component tests sent and received (the tests keep a candidate for each operation in
 * {@code target/openapi-examples/}); the few no test answers with JSON (downloads, admin runs) are written by hand.
 * {@code deploy/lint/api-contract.py} checks that no operation is left without one.
 */
final class Examples {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    private Examples() {
    }

    static void attach(OpenAPI api) {
        Operations.each(api, (path, method, operation) -> {
            Map<String, Object> example = read(operation.getOperationId());
            if (example != null) {
                attach(operation, example);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void attach(Operation operation, Map<String, Object> example) {
        Object parameters = example.get("parameters");
        if (parameters instanceof Map<?, ?> values && operation.getParameters() != null) {
            operation.getParameters().forEach(p -> {
                if (p.getExample() == null && values.containsKey(p.getName())) {
                    p.setExample(typed(values.get(p.getName()), p.getSchema()));
                }
            });
        }
        if (example.containsKey("request") && operation.getRequestBody() != null) {
            json(operation.getRequestBody().getContent(), example.get("request"));
        }
        if (example.containsKey("response") && operation.getResponses() != null
                && operation.getResponses().getAPIResponses() != null) {
            for (Map.Entry<String, APIResponse> answer : operation.getResponses().getAPIResponses().entrySet()) {
                if (answer.getKey().startsWith("2") && json(answer.getValue().getContent(), example.get("response"))) {
                    break;
                }
            }
        }
    }

    /** A path segment is text; a number parameter's example is the number (a year, a support request's position). */
    private static Object typed(Object value, Schema schema) {
        boolean integer = schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER);
        return integer && value instanceof String text && text.matches("-?\\d{1,18}") ? Long.valueOf(text) : value;
    }

    private static boolean json(Content content, Object value) {
        MediaType media = content == null || content.getMediaTypes() == null ? null : content.getMediaType(JSON_TYPE);
        if (media == null) {
            return false;
        }
        if (media.getExample() == null) {
            media.setExample(value);
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String operationId) {
        if (operationId == null) {
            return null;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream("openapi-examples/" + operationId + ".json")) {
            return in == null ? null : JSON.readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi-examples/" + operationId + ".json is not JSON", e);
        }
    }
}
