package org.reformhub.progress;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.file.FileRejection;
import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.kernel.problem.rest.RejectionTable;
import org.reformhub.kernel.rule.Rejection;
import org.reformhub.kernel.rule.RejectionProblem;
import org.reformhub.progress.measure.domain.MeasureRejection;
import org.reformhub.progress.report.domain.ReportRejection;
import org.reformhub.progress.schedule.domain.ScheduleRejection;

/**
 * Progress reporting's one table from domain rejections to problem types (stable {@code type} URIs that
 * clients may switch on). {@code ProgressRejectionsTest} fails when a rejection has no row.
 */
@ApplicationScoped
public class ProgressRejections implements RejectionTable {

    static final Map<Class<? extends Rejection>, RejectionProblem> TABLE = RejectionProblem.merge(FileRejection.PROBLEMS, Map.ofEntries(
            Map.entry(MeasureRejection.UnknownMeasure.class, new RejectionProblem(404, "not-found", "改革举措不存在")),
            Map.entry(MeasureRejection.UnknownProgramme.class, new RejectionProblem(404, "not-found", "改革批次不存在")),
            Map.entry(MeasureRejection.MeasureArchived.class, new RejectionProblem(409, "measure-archived", "改革举措已归档")),
            Map.entry(ReportRejection.UnknownReport.class, new RejectionProblem(404, "not-found", "进展报告不存在")),
            Map.entry(ReportRejection.NotResponsible.class, new RejectionProblem(403, "forbidden", "本单位不是该举措的责任单位")),
            Map.entry(ReportRejection.NotOwnReport.class, new RejectionProblem(403, "forbidden", "只能修改或报送本单位的报告")),
            Map.entry(ReportRejection.NotAsked.class, new RejectionProblem(403, "forbidden", "该协调事项不是向本单位提出的")),
            Map.entry(ReportRejection.ReviewerOnly.class, new RejectionProblem(403, "forbidden", "只有督办人员可以审核报告")),
            Map.entry(ReportRejection.WrongStatus.class, new RejectionProblem(409, "report-status", "报告当前状态不允许此操作")),
            Map.entry(ReportRejection.AlreadyReported.class, new RejectionProblem(409, "report-exists", "本单位该期报告已存在")),
            Map.entry(ReportRejection.PeriodRefused.class, new RejectionProblem(422, "report-period", "报告期不正确")),
            Map.entry(ReportRejection.InvalidContent.class, new RejectionProblem(422, "unprocessable-content", "报告内容与举措不符")),
            Map.entry(ReportRejection.UnknownSupportRequest.class, new RejectionProblem(404, "not-found", "协调事项不存在")),
            Map.entry(ScheduleRejection.DueDayOutOfRange.class, RejectionProblem.of(ProblemType.VALIDATION_FAILED)),
            Map.entry(ScheduleRejection.FirstMonthOutOfRange.class, RejectionProblem.of(ProblemType.VALIDATION_FAILED)),
            Map.entry(ReportRejection.StaleVersion.class,
                    new RejectionProblem(412, "precondition-failed", "数据已被他人修改，请刷新后重试"))));

    @Override
    public Problem problemFor(Rejection rejection) {
        return RejectionProblem.in(TABLE, rejection).problem(rejection);
    }
}
