package org.reformhub.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.EventContracts;
import org.reformhub.warehouse.testing.Events;

/**
 * The examples a data engineer starts from (docs/events/examples, also in the AsyncAPI document): one per documented
 * type, each conforming to its schema, so the documentation cannot show an event the contract does not allow.
 */
class DocumentedExamplesTest {

    @Test
    void every_documented_type_has_an_example_that_keeps_its_contract() throws IOException {
        Set<String> schemas = new TreeSet<>();
        try (Stream<Path> files = Files.list(EventContracts.schemaDirectory())) {
            files.forEach(f -> schemas.add(f.getFileName().toString().replaceAll("\\.json$", "")));
        }
        assertEquals(schemas, new TreeSet<>(Events.documentedTypes()));

        List<String> envelopes = new ArrayList<>();
        for (String type : schemas) {
            envelopes.add(Files.readString(Events.examples().resolve(type + ".json")));
        }
        EventContracts.assertConform(envelopes);
    }

    @Test
    void the_asyncapi_document_shows_every_example() throws IOException {
        String asyncapi = Files.readString(EventContracts.schemaDirectory().getParent().resolve("asyncapi.yaml"));
        List<String> lines = asyncapi.lines().toList();
        for (String type : Events.documentedTypes()) {
            assertEquals(true, asyncapi.contains("name: " + type + "\n"), "AsyncAPI message for " + type);
            int summary = lines.indexOf("          summary: 'A real event captured from the platform; also in examples/"
                    + type + ".json'");
            assertEquals(true, summary > 0, "AsyncAPI example of " + type);
            // the example's payload (JSON on one line, two lines below its summary) is the file's event
            String payload = lines.get(summary + 2).replaceFirst("^ +payload: ", "");
            assertEquals(Events.JSON.readTree(Files.readString(Events.examples().resolve(type + ".json"))),
                    Events.JSON.readTree(payload), "AsyncAPI example of " + type + " = examples/" + type + ".json");
        }
    }
}
