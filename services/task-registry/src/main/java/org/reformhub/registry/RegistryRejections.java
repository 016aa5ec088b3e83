package org.reformhub.registry;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.kernel.problem.rest.RejectionTable;
import org.reformhub.kernel.rule.Rejection;
import org.reformhub.kernel.rule.RejectionProblem;
import org.reformhub.registry.department.domain.DepartmentRejection;
import org.reformhub.registry.measure.domain.MeasureRejection;
import org.reformhub.registry.programme.domain.ProgrammeRejection;
import org.reformhub.registry.tasktable.domain.ImportRejection;

/**
 * The task registry's one table from domain rejections to problem types (stable {@code type} URIs that
 * clients may switch on). {@code RegistryRejectionsTest} fails when a rejection has no row.
 */
@ApplicationScoped
public class RegistryRejections implements RejectionTable {

    static final Map<Class<? extends Rejection>, RejectionProblem> TABLE = Map.ofEntries(
            Map.entry(ProgrammeRejection.UnknownProgramme.class, new RejectionProblem(404, "not-found", "改革批次不存在")),
            Map.entry(ProgrammeRejection.ProgrammeCodeTaken.class, new RejectionProblem(409, "programme-exists", "改革批次编码已存在")),
            Map.entry(ProgrammeRejection.ProgrammeClosed.class, new RejectionProblem(409, "programme-closed", "改革批次已关闭，只读")),
            Map.entry(ProgrammeRejection.ProgrammeAlreadyInStatus.class,
                    new RejectionProblem(409, "programme-status-unchanged", "改革批次已处于该状态")),
            Map.entry(MeasureRejection.UnknownMeasure.class, new RejectionProblem(404, "not-found", "改革举措不存在")),
            Map.entry(MeasureRejection.MeasureCodeTaken.class, new RejectionProblem(409, "measure-exists", "改革举措编号已存在")),
            Map.entry(MeasureRejection.MeasureArchived.class, new RejectionProblem(409, "measure-archived", "改革举措已归档，不能修改")),
            Map.entry(MeasureRejection.StaleVersion.class,
                    new RejectionProblem(412, "precondition-failed", "数据已被他人修改，请刷新后重试")),
            Map.entry(MeasureRejection.IncompleteMeasure.class, new RejectionProblem(422, "unprocessable-content", "改革举措内容不完整")),
            Map.entry(DepartmentRejection.UnknownDepartment.class, new RejectionProblem(404, "not-found", "单位不存在")),
            Map.entry(DepartmentRejection.UnusableUnits.class, RejectionProblem.of(ProblemType.UNPROCESSABLE)),
            Map.entry(DepartmentRejection.DepartmentCodeTaken.class, new RejectionProblem(409, "department-exists", "单位编码已存在")),
            Map.entry(DepartmentRejection.DepartmentNameTaken.class,
                    new RejectionProblem(409, "department-name-taken", "单位名称已被使用")),
            Map.entry(DepartmentRejection.AlreadyMerged.class, new RejectionProblem(409, "department-merged", "单位已被合并")),
            Map.entry(DepartmentRejection.MergeWithItself.class, new RejectionProblem(409, "department-merge-self", "不能与自身合并")),
            Map.entry(ImportRejection.UnreadableTable.class, new RejectionProblem(422, "unprocessable-content", "任务分工表无法导入")),
            Map.entry(ImportRejection.TableTooLarge.class, new RejectionProblem(413, "payload-too-large", "任务分工表过大")),
            Map.entry(ImportRejection.ProgrammeNeedsTitle.class,
                    new RejectionProblem(422, "programme-title-required", "新改革批次需要标题")));

    @Override
    public Problem problemFor(Rejection rejection) {
        return RejectionProblem.in(TABLE, rejection).problem(rejection);
    }
}
