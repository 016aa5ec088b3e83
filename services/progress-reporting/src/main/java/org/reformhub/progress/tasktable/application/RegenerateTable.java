package org.reformhub.progress.tasktable.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.progress.measure.application.TrackMeasures;
import org.reformhub.progress.measure.domain.MeasureRejection;
import org.reformhub.progress.measure.domain.TrackedMeasure;
import org.reformhub.progress.schedule.domain.ReportingSchedule;
import org.reformhub.progress.tasktable.domain.OfficialTable;
import org.reformhub.kernel.city.CityTime;

/** The programme's task-division table with today's official status in 备注, to report upward. */
@ApplicationScoped
public class RegenerateTable {

    private final TrackMeasures measures;

    public RegenerateTable(TrackMeasures measures) {
        this.measures = measures;
    }

    @Transactional
    public OfficialTable of(String programme) {
        List<TrackedMeasure> inForce = measures.inForce(programme);
        if (inForce.isEmpty()) {
            RejectedException.raise(new MeasureRejection.UnknownProgramme(programme));
        }
        String heading = measures.programme(programme).map(p -> p.title()).orElse(programme + " 任务分工表");
        return OfficialTable.of(heading, inForce.stream()
                .map(m -> new OfficialTable.Entry(m.asRegistered(), m.official())).toList(), CityTime.today());
    }
}
