package org.reformhub.kernel.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Writes into every service's OpenAPI document the limits the platform enforces but the generator cannot see:
 * the longest text any field takes (request fields carry their own, tighter {@code @Size}), the longest
 * request line (a path or query parameter cannot be longer), list sizes, the ranges of integer types, the
 * gateway's rate-limit header, and what the bearer tokens are. Registered as {@code mp.openapi.filter}.
 * It also leaves out of the top-level tag list a tag that only names itself: an operation's tag is the resource
 * group a client generator names its class after, and a group spread over two resource classes (which must name
 * it with {@code @Tag}) keeps the document it had.
 */
public class ApiLimits implements OASFilter {

    /** The longest text field of any ReformHub record (a measure's 主要做法, 10,000 characters). */
    public static final int TEXT_MAX = 10_000;
    /** The longest request line the gateway and the services accept: no parameter is longer. */
    public static final int PARAMETER_MAX = 4096;
    /** The longest list any request or response carries (pages hold at most 500, catalogues at most 1,000). */
    public static final int LIST_MAX = 1000;
    /** The largest file: an upload or a download (attachments are at most 10 MB; generated documents stay below). */
    public static final int FILE_MAX = 20 * 1024 * 1024;

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getTags() != null) {
            List<Tag> described = api.getTags().stream().filter(t -> t.getDescription() != null).toList();
            api.setTags(described.isEmpty() ? null : new ArrayList<>(described));
        }
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(s -> constrain(s, TEXT_MAX));
        }
        if (api.getComponents() != null && api.getComponents().getSecuritySchemes() != null) {
            api.getComponents().getSecuritySchemes().values().forEach(scheme -> scheme.setDescription(
                    "Access token from Keycloak (realm reform): a signed JWT (RS256) that follows RFC8725 (JSON Web Token"
                            + " Best Current Practices): the algorithm is fixed by the realm's keys ('none' and HMAC are refused),"
                            + " issuer, audience (reformhub-api) and expiry are checked by the gateway and by every service."));
        }
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : api.getPaths().getPathItems().values()) {
            if (path.getParameters() != null) {
                path.getParameters().forEach(p -> constrain(p.getSchema(), PARAMETER_MAX));
            }
            for (Operation operation : path.getOperations().values()) {
                if (operation.getParameters() != null) {
                    for (Parameter parameter : operation.getParameters()) {
                        constrain(parameter.getSchema(), PARAMETER_MAX);
                    }
                }
                if (operation.getRequestBody() != null) {
                    content(operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
                        content(response.getValue().getContent());
                        if (response.getValue().getHeaders() != null) {
                            response.getValue().getHeaders().values().forEach(h -> constrain(h.getSchema(), PARAMETER_MAX));
                        }
                        if (response.getKey().startsWith("2") || response.getKey().startsWith("4")) {
                            response.getValue().addHeader("X-RateLimit-Limit", OASFactory.createHeader()
                                    .description("requests per second the gateway lets this caller make (token bucket)")
                                    .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                                            .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(1_000_000))));
                        }
                    }
                }
            }
        }
    }

    private static void content(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType media : content.getMediaTypes().values()) {
                constrain(media.getSchema(), TEXT_MAX);
            }
        }
    }

    private static void constrain(Schema schema, int textMax) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        List<SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            // a file is as long as a file may be, not as a text field
            schema.setMaxLength("binary".equals(schema.getFormat()) ? FILE_MAX : textMax);
        }
        if (types.contains(SchemaType.INTEGER)) {
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (types.contains(SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(LIST_MAX);
        }
        constrain(schema.getItems(), textMax);
        constrain(schema.getAdditionalPropertiesSchema(), textMax);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> constrain(p, textMax));
        }
        for (List<Schema> group : groups(schema)) {
            group.forEach(s -> constrain(s, textMax));
        }
    }

    private static List<List<Schema>> groups(Schema schema) {
        List<List<Schema>> groups = new ArrayList<>();
        if (schema.getAllOf() != null) groups.add(schema.getAllOf());
        if (schema.getAnyOf() != null) groups.add(schema.getAnyOf());
        if (schema.getOneOf() != null) groups.add(schema.getOneOf());
        return groups;
    }
}
