package org.reformhub.kernel.health;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

import io.quarkus.scheduler.Scheduled;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import org.reformhub.kernel.event.EventSettings;

/**
 * Readiness of the service's dependencies, probed in the background every two seconds with short timeouts,
 * so that {@code /q/health/ready} answers at once whatever is down (a probe that waited for a stopped broker
 * made the endpoint hang for over ten seconds).
 */
@ApplicationScoped
public class DependencyProbes {

    private static final Duration TIMEOUT = Duration.ofMillis(1500);

    record Probe(boolean up, String detail, Instant at) {
    }

    private final DataSource dataSource;
    private final EventSettings settings;
    private volatile Probe database = new Probe(false, "not probed yet", Instant.EPOCH);
    private volatile Probe kafka = new Probe(false, "not probed yet", Instant.EPOCH);
    private Admin admin;

    public DependencyProbes(DataSource dataSource, EventSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    @Scheduled(every = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        database = probeDatabase();
        kafka = probeKafka();
    }

    private Probe probeDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid((int) TIMEOUT.toSeconds() + 1);
            return new Probe(valid, valid ? "reachable" : "connection not valid", Instant.now());
        } catch (Exception e) {
            return new Probe(false, "unreachable: " + e.getClass().getSimpleName(), Instant.now());
        }
    }

    private Probe probeKafka() {
        try {
            admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis() + 200, TimeUnit.MILLISECONDS);
            return new Probe(true, "reachable", Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, "interrupted", Instant.now());
        } catch (Exception e) {
            return new Probe(false, "unreachable: " + e.getClass().getSimpleName(), Instant.now());
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, settings.source().replace('/', '-') + "-health");
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }

    Probe database() {
        return database;
    }

    Probe kafka() {
        return kafka;
    }

    /** The database, as last probed. */
    @Readiness
    @ApplicationScoped
    public static class DatabaseReadiness implements HealthCheck {
        private final DependencyProbes probes;

        public DatabaseReadiness(DependencyProbes probes) {
            this.probes = probes;
        }

        @Override
        public HealthCheckResponse call() {
            return response("database", probes.database());
        }
    }

    /** The Kafka broker, as last probed. */
    @Readiness
    @ApplicationScoped
    public static class KafkaReadiness implements HealthCheck {
        private final DependencyProbes probes;

        public KafkaReadiness(DependencyProbes probes) {
            this.probes = probes;
        }

        @Override
        public HealthCheckResponse call() {
            return response("kafka", probes.kafka());
        }
    }

    static HealthCheckResponse response(String name, Probe probe) {
        return HealthCheckResponse.named(name).status(probe.up()).withData("detail", probe.detail())
                .withData("probedAt", probe.at().toString()).build();
    }
}
