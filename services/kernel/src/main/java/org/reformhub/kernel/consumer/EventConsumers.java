package org.reformhub.kernel.consumer;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

import org.reformhub.kernel.event.EventCodec;
import org.reformhub.kernel.event.EventSettings;
import org.reformhub.kernel.event.KafkaPublisher;

/** Starts one {@link ConsumerLoop} per {@link EventHandler} bean when the service starts, stops them at shutdown. */
@ApplicationScoped
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    private final Instance<EventHandler> handlers;
    private final ProcessedEvents processedEvents;
    private final EventCodec codec;
    private final KafkaPublisher publisher;
    private final EventSettings settings;
    private final List<ConsumerLoop> loops = new ArrayList<>();

    public EventConsumers(Instance<EventHandler> handlers, ProcessedEvents processedEvents, EventCodec codec,
                          KafkaPublisher publisher, EventSettings settings) {
        this.handlers = handlers;
        this.processedEvents = processedEvents;
        this.codec = codec;
        this.publisher = publisher;
        this.settings = settings;
    }

    void start(@Observes StartupEvent startup) {
        if (!settings.consumer().enabled()) {
            return;
        }
        for (EventHandler handler : handlers) {
            ConsumerLoop loop = new ConsumerLoop(handler, processedEvents, codec, publisher, settings);
            loops.add(loop);
            Thread thread = new Thread(loop, "consumer-" + handler.name());
            thread.setDaemon(true);
            thread.start();
            LOG.infof("consuming %s as %s", handler.topics(), handler.name());
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        loops.forEach(ConsumerLoop::stop);
    }
}
