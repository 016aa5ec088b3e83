package org.reformhub.warehouse.load.infrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

import org.reformhub.kernel.event.EventSettings;

/** The end of each loaded topic's partitions, asked of the brokers: how far the warehouse is behind. */
@ApplicationScoped
public class EndOffsets {

    /** Kafka did not answer in time. */
    public static class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super("Kafka did not answer: " + cause.getMessage(), cause);
        }
    }

    private static final int TIMEOUT_MS = 3000;

    private final LoaderSettings settings;
    private final EventSettings events;
    private Admin admin;

    public EndOffsets(LoaderSettings settings, EventSettings events) {
        this.settings = settings;
        this.events = events;
    }

    public Map<TopicPartition, Long> now() {
        try {
            Map<String, TopicDescription> topics = admin().describeTopics(settings.topics()).allTopicNames()
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
            topics.values().forEach(t -> t.partitions().forEach(p -> wanted.put(new TopicPartition(t.name(), p.partition()),
                    OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin().listOffsets(wanted).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS)
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (ExecutionException | TimeoutException e) {
            throw new Unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable(e);
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, events.bootstrapServers());
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, settings.group() + "-status");
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }

}
