package org.reformhub.progress.schedule.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.reformhub.progress.schedule.domain.ReportingSchedule;

@ApplicationScoped
public class ReportingScheduleRepository implements PanacheRepositoryBase<ReportingSchedule, String> {
}
