package org.reformhub.kernel.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Makes each service's OpenAPI document a contract a department can generate a client from (registered as
 * {@code mp.openapi.filter}; docs/integration.md says how to use it): Java value types written as the strings they are
 * on the wire ({@link SchemaTypes}), every error answered with the shared {@code Problem} ({@link ProblemResponses}),
 * the limits the platform enforces ({@link ApiLimits}), a created resource's {@code Location}, and the gateway as the
 * server. What a generated client names
 * (operation ids, schema names) is chosen in the code and checked by {@code deploy/lint/api-contract.py}.
 */
public class ApiDocument implements OASFilter {

    /** What an {@code ETag} response header is for; an operation returning one names it with this text. */
    public static final String ETAG = "版本号，修改时放入 If-Match / the version, to send back in If-Match";

    private final ApiLimits limits = new ApiLimits();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        SchemaTypes.inlineJavaTypes(api);
        createdCarriesLocation(api);
        versionedCarriesETag(api);
        ProblemResponses.declare(api);
        ResponseFields.declare(api);
        Examples.attach(api);
        limits.filterOpenAPI(api);
        GatewayServer.declare(api);
    }

    /** An operation that takes {@code If-Match} answers the new version in {@code ETag}, for the next change. */
    private static void versionedCarriesETag(OpenAPI api) {
        Operations.each(api, (path, method, operation) -> {
            boolean versioned = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
            if (!versioned || operation.getResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2") && (response.getHeaders() == null || !response.getHeaders().containsKey("ETag"))) {
                    response.addHeader("ETag", OASFactory.createHeader().description(ETAG)
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
                }
            });
        });
    }

    /** Every 201 answers where the new resource is (JAX-RS {@code Response.created}). */
    private static void createdCarriesLocation(OpenAPI api) {
        Operations.each(api, (path, method, operation) -> {
            APIResponse created = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("201");
            if (created != null && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
                created.addHeader("Location", OASFactory.createHeader()
                        .description("新资源的地址 / where the new resource is")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference")));
            }
        });
    }
}
