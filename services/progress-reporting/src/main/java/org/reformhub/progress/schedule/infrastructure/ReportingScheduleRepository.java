package org.reformhub.progress.schedule.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.reformhub.progress.schedule.domain.ReportingSchedule;

@ApplicationScoped
public class ReportingScheduleRepository implements PanacheRepositoryBase<ReportingSchedule, String> {

    /**
     * Holds, until the transaction ends, the right to create the programme's schedule: the registry's event and an
     * office's first change can both find none at the same moment, and the second insert would fail the request.
     */
    public void lockForCreation(String programme) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('reporting_schedule'), hashtext(:p))")
                .setParameter("p", programme).getSingleResult();
    }
}
