package org.reformhub.registry.measure.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.reformhub.registry.measure.domain.Deadline;
import org.reformhub.registry.measure.domain.Kpi;
import org.reformhub.registry.measure.domain.MeasureList;
import org.reformhub.registry.measure.domain.StatedStatus;

/** What callers send to create or edit measures. Units are named by department code. */
public final class MeasureRequests {

    private MeasureRequests() {
    }

    public record UnitRequest(@NotBlank String code, String name) {
    }

    public record DeadlineRequest(@NotNull Deadline.Kind kind, LocalDate date) {
        Deadline toDeadline() {
            return new Deadline(kind, date);
        }
    }

    public record KpiRequest(@NotBlank String name, String unit, BigDecimal baseline, BigDecimal target) {
        Kpi toKpi() {
            return new Kpi(name, unit == null ? "" : unit, baseline, target);
        }
    }

    public record CreateMeasureRequest(
            @NotBlank @Pattern(regexp = "\\d+-\\d{2}", message = "编号格式应为 清单号-两位序号，如 1-01") String code,
            @NotNull MeasureList list,
            @NotBlank @Size(max = 100) String domain,
            @NotBlank @Size(max = 500) String title,
            String practice,
            List<String> originPlaces,
            @NotEmpty List<@Valid UnitRequest> leadUnits,
            List<@Valid UnitRequest> cooperatingUnits,
            List<@NotBlank String> workItems,
            @NotNull @Valid DeadlineRequest deadline,
            String remark,
            StatedStatus statedStatus,
            List<@Valid KpiRequest> kpis) {
    }

    /** JSON merge-patch of a measure: absent fields stay as they are. */
    public record PatchMeasureRequest(
            MeasureList list,
            @Size(min = 1, max = 100) String domain,
            @Size(min = 1, max = 500) String title,
            String practice,
            List<String> originPlaces,
            @Size(min = 1) List<@Valid UnitRequest> leadUnits,
            List<@Valid UnitRequest> cooperatingUnits,
            List<@NotBlank String> workItems,
            @Valid DeadlineRequest deadline,
            String remark,
            StatedStatus statedStatus,
            List<@Valid KpiRequest> kpis) {
    }

    static List<String> codes(List<UnitRequest> units) {
        return units == null ? null : units.stream().map(UnitRequest::code).toList();
    }

    static List<Kpi> kpis(List<KpiRequest> kpis) {
        return kpis == null ? null : kpis.stream().map(KpiRequest::toKpi).toList();
    }
}
