package org.reformhub.registry.department.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.registry.department.domain.DepartmentEvent;
import org.reformhub.registry.department.events.DepartmentContract;
import org.reformhub.registry.department.infrastructure.DepartmentRepository;

/**
 * At start, announces the departments the database holds but no event ever named (the catalogue's first ones come
 * from a migration), as if each had just been created: the consumers of {@code reform.registry} then know every
 * department. Marking and announcing are one transaction, so each goes out once.
 */
@ApplicationScoped
public class AnnounceCatalogue {

    private static final Logger LOG = Logger.getLogger(AnnounceCatalogue.class);

    private final DepartmentRepository departments;
    private final Outbox outbox;

    public AnnounceCatalogue(DepartmentRepository departments, Outbox outbox) {
        this.departments = departments;
        this.outbox = outbox;
    }

    void onStart(@Observes StartupEvent start) {
        int announced = QuarkusTransaction.requiringNew().call(this::announceUnannounced);
        if (announced > 0) {
            LOG.infof("announced %d department(s) no event had named yet", announced);
        }
    }

    int announceUnannounced() {
        var pending = departments.takeUnannounced();
        pending.forEach(d -> outbox.append(DepartmentContract.of(new DepartmentEvent.DepartmentCreated(d))));
        return pending.size();
    }
}
