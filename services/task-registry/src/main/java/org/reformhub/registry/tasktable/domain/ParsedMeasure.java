package org.reformhub.registry.tasktable.domain;

import java.util.List;

import org.reformhub.registry.measure.domain.Deadline;
import org.reformhub.registry.measure.domain.MeasureList;
import org.reformhub.registry.measure.domain.StatedStatus;

/** One data row of the table, read and split, before its unit names are matched to departments. */
public record ParsedMeasure(
        String code,
        MeasureList list,
        String domain,
        int sequence,
        String title,
        String practice,
        List<String> originPlaces,
        List<String> leadUnitNames,
        List<String> cooperatingUnitNames,
        List<String> workItems,
        Deadline deadline,
        String deadlineText,
        String remark,
        StatedStatus statedStatus,
        List<StatedFigure> figures,
        int source) {
}
