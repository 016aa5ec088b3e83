package org.reformhub.kernel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every answer a component test receives to the service's own OpenAPI document: the status must be documented
 * for the operation, and a JSON body must match the documented schema — required fields present, no null where none
 * is declared, enums within their values. A generated client trusts the document; this is where the document is
 * checked against what the service really answers, on every request of every test. A mismatch fails the request
 * ({@code -Dreformhub.documented-responses=report} only lists them in {@code target/documented-responses.txt}).
 * Each operation's first success is kept in {@code target/openapi-examples/} as a candidate example.
 */
public final class DocumentedResponses implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
    private static final boolean REPORT_ONLY = "report".equals(System.getProperty("reformhub.documented-responses"));

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (!uri.getRawPath().startsWith("/api/") || uri.getPort() != io.restassured.RestAssured.port) {
            return response; // not the service under test (the mail server's API, a webhook receiver)
        }
        JsonNode document = document(uri);
        OperationMatch match = OperationMatch.find(document, request.getMethod(), decoded(uri.getRawPath()));
        if (match == null) {
            // refused (a path or method that does not exist, a body it does not take: the kernel's problem for any
            // request), or a page for people, not the API: only an API answer from an undocumented operation is wrong
            boolean refused = response.statusCode() >= 400 && response.statusCode() < 500;
            String type = response.contentType() == null ? "" : response.contentType();
            return refused || type.startsWith("text/html") ? response
                    : mismatch(response, request.getMethod() + " " + uri.getRawPath(), "operation not documented");
        }
        String status = Integer.toString(response.statusCode());
        JsonNode documented = match.operation().path("responses").path(status);
        if (documented.isMissingNode()) {
            documented = match.operation().path("responses").path(status.charAt(0) + "XX");
        }
        if (documented.isMissingNode()) {
            documented = match.operation().path("responses").path("default");
        }
        String where = request.getMethod() + " " + match.template() + " " + status;
        if (documented.isMissingNode()) {
            return mismatch(response, where, "status not documented");
        }
        String contentType = response.contentType() == null ? "" : response.contentType().split(";")[0].trim();
        JsonNode body = null;
        if (contentType.endsWith("json") && response.asByteArray().length > 0) {
            JsonNode schema = documented.path("content").path(contentType).path("schema");
            if (schema.isMissingNode()) {
                return mismatch(response, where, "no schema documented for " + contentType);
            }
            try {
                body = JSON.readTree(response.asByteArray());
            } catch (IOException e) {
                return mismatch(response, where, "body is not JSON");
            }
            Set<ValidationMessage> errors = schema(uri, where + " " + contentType, schema).validate(body);
            if (!errors.isEmpty()) {
                return mismatch(response, where, errors.toString());
            }
        }
        if (status.startsWith("2")) {
            OpenApiExamples.keep(match, request, decoded(uri.getRawPath()), body);
        }
        return response;
    }

    private static Response mismatch(Response response, String where, String what) {
        String line = where + ": " + what;
        if (REPORTED.add(line)) {
            try {
                Path file = Path.of("target", "documented-responses.txt");
                Files.createDirectories(file.getParent());
                Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!REPORT_ONLY) {
            throw new AssertionError("answer differs from the OpenAPI document — " + line);
        }
        return response;
    }

    private static String decoded(String rawPath) {
        return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static JsonNode document(URI uri) {
        String base = uri.getScheme() + "://" + uri.getAuthority();
        return DOCUMENTS.computeIfAbsent(base, b -> {
            try {
                HttpResponse<String> served = HTTP.send(HttpRequest.newBuilder(URI.create(b + "/q/openapi?format=json"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                return JSON.readTree(served.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** The response schema on its own, with the document's components beside it as {@code $defs}. */
    private static JsonSchema schema(URI uri, String key, JsonNode responseSchema) {
        return SCHEMAS.computeIfAbsent(uri.getAuthority() + " " + key, k -> {
            ObjectNode root = responseSchema.deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("$defs", document(uri).path("components").path("schemas"));
            try {
                String text = JSON.writeValueAsString(root).replace("#/components/schemas/", "#/$defs/");
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
