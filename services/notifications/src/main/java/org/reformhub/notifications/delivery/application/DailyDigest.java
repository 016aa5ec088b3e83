package org.reformhub.notifications.delivery.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

import org.reformhub.notifications.rule.domain.Channel;
import org.reformhub.notifications.delivery.domain.Delivery;
import org.reformhub.notifications.delivery.domain.DeliveryStatus;
import org.reformhub.notifications.delivery.infrastructure.DeliveryRepository;
import org.reformhub.notifications.template.application.Templates;
import org.reformhub.notifications.rule.domain.ConsoleLinks;
import org.reformhub.notifications.rule.domain.Message;
import org.reformhub.notifications.rule.domain.Severity;
import org.reformhub.kernel.city.CityTime;

/**
 * 每日汇总: for each recipient who chose a daily digest, one e-mail listing the messages that waited for it, sent
 * by the dispatcher like any other (so it is retried and announced the same way). The waiting messages are taken
 * with a lock in the transaction that writes the digest: two runs or two instances never list one twice.
 */
@ApplicationScoped
public class DailyDigest {

    private static final Logger LOG = Logger.getLogger(DailyDigest.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final DeliveryRepository deliveries;
    private final Templates templates;

    public DailyDigest(DeliveryRepository deliveries, Templates templates) {
        this.deliveries = deliveries;
        this.templates = templates;
    }

    @Scheduled(cron = "${reformhub.notifications.digest-cron:0 0 8 * * ?}", timeZone = CityTime.ZONE_ID,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int sent = run();
            if (sent > 0) {
                LOG.infof("%d daily digests planned", sent);
            }
        } catch (RuntimeException e) {
            LOG.warnf("daily digest skipped: %s", e.getMessage());
        }
    }

    /** Writes every digest that has something to say; @return how many */
    public int run() {
        int digests = 0;
        for (String owner : QuarkusTransaction.requiringNew().call(deliveries::digestOwners)) {
            if (QuarkusTransaction.requiringNew().call(() -> digest(owner))) {
                digests++;
            }
        }
        return digests;
    }

    private boolean digest(String owner) {
        List<Delivery> waiting = deliveries.waitingForDigest(owner);
        if (waiting.isEmpty()) {
            return false;
        }
        Instant now = Instant.now();
        UUID id = UUID.randomUUID();
        LocalDate today = CityTime.today();
        List<Map<String, Object>> items = waiting.stream().map(d -> Map.<String, Object>of("title", d.subject(),
                "time", TIME.format(d.createdAt().atZone(CityTime.ZONE)))).toList();
        Templates.Rendered text = templates.render(Channel.EMAIL, "daily-digest",
                Map.of("date", today.toString(), "count", items.size(), "items", items, "link", ConsoleLinks.inbox()));
        // the latest address: a department that changed its e-mail gets the digest at the new one
        String address = waiting.get(waiting.size() - 1).address();
        Message digest = new Message(owner, "daily-digest", "digest", Severity.INFO, text.title(), text.body(), text.version(),
                "digest:" + id, "reform.notifications.digest");
        deliveries.insertIfAbsent(id, null, Channel.EMAIL, address, digest, DeliveryStatus.PENDING, now, now);
        waiting.forEach(d -> d.digested(id));
        return true;
    }
}
