package org.reformhub.kernel.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An example on each operation, taken from a real exchange: {@code openapi-examples/<operationId>.json} on the
 * service's class path holds the path parameters, the request body and the answer one of the service's component
 * tests sent and received (the tests keep a candidate for each operation in {@code target/openapi-examples/}).
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
                    p.setExample(values.get(p.getName()));
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
