package org.reformhub.progress.report.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.reformhub.progress.measure.domain.KpiValue;
import org.reformhub.progress.measure.domain.MeasureStatus;
import org.reformhub.progress.report.domain.ReportContent;
import org.reformhub.progress.report.domain.SupportRequest;
import org.reformhub.progress.report.domain.WorkItemProgress;
import org.reformhub.progress.schedule.domain.ReportingPeriod;
import org.reformhub.kernel.city.DepartmentCode;

/** What clients send: checked here for shape and size, against the measure by the domain. */
public final class ReportRequests {

    private ReportRequests() {
    }

    public record WorkItemRequest(@NotNull @Min(1) @Max(50) Integer item, @NotNull WorkItemProgress.State state,
                                  @Size(max = 2000) String note) {
    }

    public record KpiValueRequest(@NotBlank @Size(max = 200) String name,
                                  @NotNull @DecimalMin("-1e15") @DecimalMax("1e15") BigDecimal value) {
    }

    public record SupportRequestBody(@NotBlank @Pattern(regexp = DepartmentCode.PATTERN) String dept,
                                     @NotBlank @Size(max = 2000) String request) {
    }

    /** 进展情况, 工作措施进度, 指标, 存在问题, 需协调事项, 下步计划. */
    public record ContentRequest(@NotNull MeasureStatus claimedStatus, @Size(max = 10000) String narrative,
                                 @Size(max = 50) List<@NotNull @Valid WorkItemRequest> workItems,
                                 @Size(max = 20) List<@NotNull @Valid KpiValueRequest> kpis,
                                 @Size(max = 5000) String problems,
                                 @Size(max = 20) List<@NotNull @Valid SupportRequestBody> supportNeeded,
                                 @Size(max = 5000) String nextSteps) {

        ReportContent content() {
            return new ReportContent(claimedStatus, narrative,
                    workItems == null ? List.of() : workItems.stream()
                            .map(w -> new WorkItemProgress(w.item(), w.state(), w.note() == null ? "" : w.note())).toList(),
                    kpis == null ? List.of() : kpis.stream().map(k -> new KpiValue(k.name(), k.value())).toList(),
                    problems,
                    supportNeeded == null ? List.of() : supportNeeded.stream()
                            .map(s -> SupportRequest.asked(s.dept(), s.request())).toList(),
                    nextSteps);
        }
    }

    /** A new report: its period and content; {@code submit} submits it at once (a department system's usual call). */
    public record CreateReportRequest(@NotBlank @Pattern(regexp = ReportingPeriod.PATTERN,
                                              message = "{reformhub.period}") String period,
                                      @NotNull MeasureStatus claimedStatus, @Size(max = 10000) String narrative,
                                      @Size(max = 50) List<@NotNull @Valid WorkItemRequest> workItems,
                                      @Size(max = 20) List<@NotNull @Valid KpiValueRequest> kpis,
                                      @Size(max = 5000) String problems,
                                      @Size(max = 20) List<@NotNull @Valid SupportRequestBody> supportNeeded,
                                      @Size(max = 5000) String nextSteps, Boolean submit) {

        ContentRequest asContent() {
            return new ContentRequest(claimedStatus, narrative, workItems, kpis, problems, supportNeeded, nextSteps);
        }
    }

    public record ReturnRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record AnswerRequest(@NotBlank @Size(max = 2000) String answer) {
    }
}
