package org.reformhub.kernel.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The event contract check every service's tests reuse: each CloudEvent a service published is held
 * against the JSON Schema of its type in {@code docs/events/schemas}, so a schema and its producer cannot
 * drift apart. The schemas forbid unknown properties, so a renamed or added field fails too.
 */
public final class EventContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final List<String> ENVELOPE = List.of("specversion", "id", "source", "type", "subject", "time",
            "datacontenttype", "data");

    private EventContracts() {
    }

    /** The repository's {@code docs/events/schemas}, found from the module directory the tests run in. */
    public static Path schemaDirectory() {
        return RepositoryFiles.find("docs/events/schemas");
    }

    /** Every event type documented for a topic, e.g. all {@code reform.registry.*} schemas. */
    public static Set<String> documentedTypes(String topic) {
        try (Stream<Path> files = Files.list(schemaDirectory())) {
            Set<String> types = new TreeSet<>();
            files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(topic + ".") && n.endsWith(".json"))
                    .forEach(n -> types.add(n.substring(0, n.length() - ".json".length())));
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with one published envelope (empty: it keeps its contract). */
    public static List<String> violations(String envelopeJson) {
        List<String> problems = new ArrayList<>();
        JsonNode envelope;
        try {
            envelope = JSON.readTree(envelopeJson);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        for (String attribute : ENVELOPE) {
            if (!envelope.hasNonNull(attribute)) {
                problems.add("CloudEvents attribute " + attribute + " is missing");
            }
        }
        String type = envelope.path("type").asText();
        if (!"1.0".equals(envelope.path("specversion").asText())) {
            problems.add("specversion must be 1.0");
        }
        Path file = schemaDirectory().resolve(type + ".json");
        if (!Files.isRegularFile(file)) {
            problems.add("no schema documented for event type '" + type + "' (docs/events/schemas/" + type + ".json)");
            return problems;
        }
        for (ValidationMessage message : schema(file).validate(envelope.path("data"))) {
            problems.add(type + " " + envelope.path("subject").asText() + ": " + message.getMessage());
        }
        return problems;
    }

    /** Fails with every violation of every envelope, named by type and subject. */
    public static void assertConform(Collection<String> envelopes) {
        List<String> problems = new ArrayList<>();
        envelopes.forEach(e -> problems.addAll(violations(e)));
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " contract violation(s) in " + envelopes.size() + " events:\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(problems.size(), 50))));
        }
    }

    /** The types of these envelopes. */
    /**
     * A service's contract check over everything its tests published (its outbox): every envelope keeps the
     * schema of its type, and every type documented for the service's topic was published at least once.
     */
    public static void assertPublishedAsDocumented(String topic, Collection<String> envelopes) {
        assertConform(envelopes);
        Set<String> missing = new TreeSet<>(documentedTypes(topic));
        missing.removeAll(typesOf(envelopes));
        if (!missing.isEmpty()) {
            throw new AssertionError("documented event types this test run never published: " + missing);
        }
    }

    public static Set<String> typesOf(Collection<String> envelopes) {
        Set<String> types = new TreeSet<>();
        for (String envelope : envelopes) {
            try {
                types.add(JSON.readTree(envelope).path("type").asText());
            } catch (IOException e) {
                types.add("(unreadable)");
            }
        }
        return types;
    }

    private static JsonSchema schema(Path file) {
        return SCHEMAS.computeIfAbsent(file.toString(), f -> {
            try {
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(Files.readString(file), config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
