package org.reformhub.warehouse.testing;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import org.reformhub.kernel.testing.KafkaProbe;

/**
 * Topics of this test run (three partitions, like the platform's): the loader under test reads them, not the
 * platform's topics that test.sh's services publish to beside the tests, so a table digest is the tests' alone.
 */
public class WarehouseTopics implements QuarkusTestResourceLifecycleManager {

    public static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    public static final String REGISTRY = "whtest-" + RUN + ".registry";
    public static final String PROGRESS = "whtest-" + RUN + ".progress";
    public static final String APPEALS = "whtest-" + RUN + ".appeals";
    public static final String NOTIFICATIONS = "whtest-" + RUN + ".notifications";
    public static final List<String> ALL = List.of(REGISTRY, PROGRESS, APPEALS, NOTIFICATIONS);

    @Override
    public Map<String, String> start() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaProbe.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(ALL.stream().map(t -> new NewTopic(t, 3, (short) 1)).toList()).all()
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the test topics", e);
        }
        return Map.of("reformhub.warehouse.topics", String.join(",", ALL));
    }

    @Override
    public void stop() {
        // the topics stay with the test broker's data, like every other test's records
    }

    /** The test topic of a type's producer (reform.appeals.… goes to the run's appeals topic). */
    public static String of(String type) {
        String service = type.split("\\.")[1];
        return switch (service) {
            case "registry" -> REGISTRY;
            case "progress" -> PROGRESS;
            case "appeals" -> APPEALS;
            case "notifications" -> NOTIFICATIONS;
            default -> throw new IllegalArgumentException("no topic for " + type);
        };
    }
}
