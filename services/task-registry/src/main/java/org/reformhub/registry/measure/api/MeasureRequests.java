package org.reformhub.registry.measure.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.reformhub.registry.measure.domain.Deadline;
import org.reformhub.registry.measure.domain.Kpi;
import org.reformhub.registry.measure.domain.MeasureLimits;
import org.reformhub.registry.measure.domain.MeasureList;
import org.reformhub.registry.department.domain.ResponsibleUnit;
import org.reformhub.registry.measure.domain.StatedStatus;
import org.reformhub.kernel.city.ProgrammeCode;

/**
 * What callers send to create or edit measures. Units are named by department code. Every text and list
 * has a maximum (documented in the OpenAPI document), so no measure outgrows its event.
 */
public final class MeasureRequests {

    /** {@code 1-01}: list number, dash, sequence within the list. */
    public static final String CODE = "\\d{1,2}-\\d{2,3}";
    public static final String CODE_MESSAGE = "{reformhub.measure-code}";

    private MeasureRequests() {
    }

    public record UnitRequest(@NotBlank @Size(max = 50) String code, @Size(max = MeasureLimits.UNIT_NAME) String name) {
    }

    public record DeadlineRequest(@NotNull Deadline.Kind kind, LocalDate date) {
        Deadline toDeadline() {
            return new Deadline(kind, date);
        }
    }

    public record KpiRequest(@NotBlank @Size(max = 200) String name, @Size(max = 20) String unit,
                             @DecimalMin("-1e15") @DecimalMax("1e15") BigDecimal baseline,
                             @DecimalMin("-1e15") @DecimalMax("1e15") BigDecimal target, Kpi.Direction direction) {
        Kpi toKpi() {
            return new Kpi(name, unit == null ? "" : unit, baseline, target, direction);
        }
    }

    public record CreateMeasureRequest(
            @NotBlank @Pattern(regexp = ProgrammeCode.PATTERN, message = "{reformhub.programme-code}") String programme,
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @NotNull MeasureList list,
            @NotBlank @Size(max = MeasureLimits.AREA) String domain,
            @NotBlank @Size(max = MeasureLimits.TITLE) String title,
            @Size(max = MeasureLimits.PRACTICE) String practice,
            @Size(max = MeasureLimits.ORIGIN_PLACES) List<@NotBlank @Size(max = 50) String> originPlaces,
            @NotEmpty @Size(max = MeasureLimits.LEAD_UNITS) List<@NotNull @Valid UnitRequest> leadUnits,
            @Size(max = MeasureLimits.COOPERATING_UNITS) List<@NotNull @Valid UnitRequest> cooperatingUnits,
            @Size(max = MeasureLimits.WORK_ITEMS) List<@NotBlank @Size(max = MeasureLimits.WORK_ITEM) String> workItems,
            @NotNull @Valid DeadlineRequest deadline,
            @Size(max = MeasureLimits.REMARK) String remark,
            StatedStatus statedStatus,
            @Size(max = 20) List<@NotNull @Valid KpiRequest> kpis) {
    }

    /** JSON merge-patch of a measure: absent fields stay as they are. */
    public record PatchMeasureRequest(
            MeasureList list,
            @Size(min = 1, max = MeasureLimits.AREA) String domain,
            @Size(min = 1, max = MeasureLimits.TITLE) String title,
            @Size(max = MeasureLimits.PRACTICE) String practice,
            @Size(max = MeasureLimits.ORIGIN_PLACES) List<@NotBlank @Size(max = 50) String> originPlaces,
            @Size(min = 1, max = MeasureLimits.LEAD_UNITS) List<@NotNull @Valid UnitRequest> leadUnits,
            @Size(max = MeasureLimits.COOPERATING_UNITS) List<@NotNull @Valid UnitRequest> cooperatingUnits,
            @Size(max = MeasureLimits.WORK_ITEMS) List<@NotBlank @Size(max = MeasureLimits.WORK_ITEM) String> workItems,
            @Valid DeadlineRequest deadline,
            @Size(max = MeasureLimits.REMARK) String remark,
            StatedStatus statedStatus,
            @Size(max = 20) List<@NotNull @Valid KpiRequest> kpis) {
    }

    static List<String> codes(List<UnitRequest> units) {
        return units == null ? null : units.stream().map(UnitRequest::code).toList();
    }

    static List<Kpi> kpis(List<KpiRequest> kpis) {
        return kpis == null ? null : kpis.stream().map(KpiRequest::toKpi).toList();
    }

    static List<ResponsibleUnit> orKeep(List<ResponsibleUnit> value, List<ResponsibleUnit> current) {
        return value != null ? value : current;
    }
}
