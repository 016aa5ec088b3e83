package org.reformhub.warehouse.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import org.reformhub.kernel.testing.EventContracts;
import org.reformhub.kernel.testing.KafkaProbe;

/**
 * Events for the loader's tests, made from the documented examples (docs/events/examples, real events captured from
 * the platform): a test changes only what its case needs (ids, keys, states), so every event it sends is one the
 * producers could have sent.
 */
public final class Events {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    public static Path examples() {
        return EventContracts.schemaDirectory().getParent().resolve("examples");
    }

    public static List<String> documentedTypes() {
        try (Stream<Path> files = Files.list(examples())) {
            return files.map(f -> f.getFileName().toString().replaceAll("\\.json$", "")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The documented example of a type, with a new event id. */
    public static ObjectNode example(String type) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(examples().resolve(type + ".json").toFile());
            event.put("id", UUID.randomUUID().toString());
            return event;
        } catch (IOException e) {
            throw new IllegalStateException("no example of " + type, e);
        }
    }

    /** Sets a field of the event by a path of names ("data.appeal.caseNumber"); a String, number, boolean or null. */
    public static ObjectNode set(ObjectNode event, String path, Object value) {
        String[] names = path.split("\\.");
        ObjectNode node = event;
        for (int i = 0; i < names.length - 1; i++) {
            node = (ObjectNode) node.get(names[i]);
        }
        String last = names[names.length - 1];
        if (value == null) {
            node.putNull(last);
        } else if (value instanceof JsonNode json) {
            node.set(last, json);
        } else if (value instanceof Number || value instanceof Boolean) {
            node.set(last, JSON.valueToTree(value));
        } else {
            node.set(last, TextNode.valueOf(value.toString()));
        }
        return event;
    }

    /** Publishes to the run's topic of the event's producer, keyed by its subject. */
    public static void publish(ObjectNode... events) {
        publishValues(Stream.of(events).map(e -> new Keyed(WarehouseTopics.of(e.path("type").asText()),
                e.path("subject").asText(), e.toString())).toList());
    }

    public record Keyed(String topic, String key, String value) {
    }

    public static void publishValues(List<Keyed> records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaProbe.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (Keyed record : records) {
                producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value()));
            }
            producer.flush();
        }
    }
}
