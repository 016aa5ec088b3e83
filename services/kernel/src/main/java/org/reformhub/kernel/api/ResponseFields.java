package org.reformhub.kernel.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * What a client may rely on in an answer: every field of a type that only appears in answers is {@code required} —
 * always present — unless it is declared nullable ({@code @Schema(nullable = true)} on the field, which the document
 * writes as {@code "null"} among its types); then it may be null or absent. Lists are never null
 * ({@link EmptyListsNotNull}). Types that are also sent in requests keep what their validation says is required, and
 * a type that lists its required fields itself (the {@code Problem}) keeps its list.
 * The component tests hold every answer to this ({@code DocumentedResponses}).
 */
final class ResponseFields {

    private static final String PREFIX = "#/components/schemas/";

    private ResponseFields() {
    }

    static void declare(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = api.getComponents().getSchemas();
        Set<String> inRequests = new HashSet<>();
        Set<String> inResponses = new HashSet<>();
        Operations.each(api, (path, method, operation) -> {
            List<Schema> sent = new ArrayList<>();
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> sent.add(p.getSchema()));
            }
            if (operation.getRequestBody() != null) {
                SchemaTypes.content(operation.getRequestBody().getContent(), sent);
            }
            sent.forEach(s -> reach(s, components, inRequests));
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                List<Schema> answered = new ArrayList<>();
                operation.getResponses().getAPIResponses().values().forEach(r -> SchemaTypes.content(r.getContent(), answered));
                answered.forEach(s -> reach(s, components, inResponses));
            }
        });
        inResponses.removeAll(inRequests);
        for (String name : inResponses) {
            Schema schema = components.get(name);
            if (schema.getProperties() == null || schema.getProperties().isEmpty()
                    || schema.getRequired() != null && !schema.getRequired().isEmpty()) {
                continue; // nothing to require, or already said (the Problem)
            }
            List<String> required = new ArrayList<>();
            schema.getProperties().forEach((field, property) -> {
                if (!nullable(property)) {
                    required.add(field);
                }
            });
            schema.setRequired(required);
        }
    }

    static boolean nullable(Schema property) {
        if (property.getType() != null && property.getType().contains(SchemaType.NULL)) {
            return true;
        }
        for (List<Schema> group : java.util.Arrays.asList(property.getAnyOf(), property.getOneOf())) {
            if (group != null && group.stream().anyMatch(ResponseFields::nullable)) {
                return true;
            }
        }
        return false;
    }

    /** The components {@code schema} uses, directly or through others. */
    private static void reach(Schema schema, Map<String, Schema> components, Set<String> reached) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
            String name = schema.getRef().substring(PREFIX.length());
            if (reached.add(name) && components.containsKey(name)) {
                reach(components.get(name), components, reached);
            }
        }
        reach(schema.getItems(), components, reached);
        reach(schema.getAdditionalPropertiesSchema(), components, reached);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> reach(p, components, reached));
        }
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> reach(s, components, reached));
            }
        }
    }
}
