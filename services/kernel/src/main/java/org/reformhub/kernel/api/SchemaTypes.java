package org.reformhub.kernel.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Java's value types are strings on the wire ({@code Instant} is an RFC 3339 date-time, {@code UUID} a uuid, …): the
 * generator gives each a component named after the Java class, which a client would then carry as a type of its own.
 * They are written in place as the strings they are, and the components go; a server-sent event stream is documented
 * as {@code text/event-stream} text, not as the Java class that writes it.
 */
final class SchemaTypes {

    /** Components that only name a Java class: written in place wherever they are used. */
    static final Set<String> JAVA_VALUE_TYPES = Set.of("Instant", "LocalDate", "LocalTime", "OffsetDateTime", "UUID",
            "YearMonth");
    private static final Set<String> JAVA_CLASSES_OF_A_STREAM = Set.of("OutboundSseEvent", "MediaType");
    private static final String EVENT_STREAM = "text/event-stream";
    private static final String PREFIX = "#/components/schemas/";

    private SchemaTypes() {
    }

    static void inlineJavaTypes(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> inline = new HashMap<>();
        for (String name : JAVA_VALUE_TYPES) {
            Schema component = api.getComponents().getSchemas().get(name);
            if (component != null) {
                inline.put(PREFIX + name, component);
            }
        }
        Consumer<Schema> replace = schema -> {
            Schema value = schema.getRef() == null ? null : inline.get(schema.getRef());
            if (value != null) {
                schema.setRef(null);
                schema.setType(value.getType() == null ? null : new ArrayList<>(value.getType()));
                schema.setFormat(value.getFormat());
                schema.setPattern(value.getPattern());
                schema.setExamples(value.getExamples() == null ? null : new ArrayList<>(value.getExamples()));
                if (schema.getDescription() == null) {
                    schema.setDescription(value.getDescription());
                }
            }
        };
        eventStreams(api);
        everySchema(api, replace);
        inline.keySet().forEach(ref -> api.getComponents().removeSchema(ref.substring(PREFIX.length())));
        JAVA_CLASSES_OF_A_STREAM.forEach(api.getComponents()::removeSchema);
    }

    private static void eventStreams(OpenAPI api) {
        Operations.each(api, (path, method, operation) -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                MediaType stream = response.getContent() == null ? null : response.getContent().getMediaType(EVENT_STREAM);
                if (stream != null) {
                    stream.setSchema(OASFactory.createSchema().addType(SchemaType.STRING).description(
                            "Server-Sent Events：每个事件的 data 是一条 JSON 消息，id 用于 Last-Event-ID 续传"
                                    + " / each event's data is one JSON message; its id resumes with Last-Event-ID"));
                }
            }
        });
    }

    /** Calls {@code visit} on every schema of the document, nested ones included. */
    static void everySchema(OpenAPI api, Consumer<Schema> visit) {
        List<Schema> roots = new ArrayList<>(api.getComponents().getSchemas().values());
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            for (PathItem path : api.getPaths().getPathItems().values()) {
                parameters(path.getParameters(), roots);
                for (Operation operation : path.getOperations().values()) {
                    parameters(operation.getParameters(), roots);
                    if (operation.getRequestBody() != null) {
                        content(operation.getRequestBody().getContent(), roots);
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                            content(response.getContent(), roots);
                            if (response.getHeaders() != null) {
                                response.getHeaders().values().forEach(h -> roots.add(h.getSchema()));
                            }
                        }
                    }
                }
            }
        }
        roots.forEach(schema -> walk(schema, visit));
    }

    private static void parameters(List<Parameter> parameters, List<Schema> roots) {
        if (parameters != null) {
            parameters.forEach(p -> roots.add(p.getSchema()));
        }
    }

    /** Adds the schema of each media type of {@code content} to {@code roots}. */
    static void content(Content content, List<Schema> roots) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> roots.add(m.getSchema()));
        }
    }

    private static void walk(Schema schema, Consumer<Schema> visit) {
        if (schema == null) {
            return;
        }
        visit.accept(schema);
        walk(schema.getItems(), visit);
        walk(schema.getAdditionalPropertiesSchema(), visit);
        walk(schema.getNot(), visit);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> walk(p, visit));
        }
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> walk(s, visit));
            }
        }
    }
}
