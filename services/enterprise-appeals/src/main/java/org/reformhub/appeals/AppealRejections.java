package org.reformhub.appeals;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.file.FileRejection;
import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.kernel.problem.rest.RejectionTable;
import org.reformhub.kernel.rule.Rejection;
import org.reformhub.kernel.rule.RejectionProblem;
import org.reformhub.appeals.appeal.domain.AppealRejection;
import org.reformhub.appeals.assessment.domain.FiguresRejection;
import org.reformhub.appeals.calendar.domain.CalendarRejection;
import org.reformhub.appeals.category.domain.CategoryRejection;
import org.reformhub.appeals.cityreport.domain.CityReportRejection;
import org.reformhub.appeals.district.domain.DistrictRejection;
import org.reformhub.appeals.session.domain.SessionRejection;

/** The appeal channel's one table from domain rejections to problem types. */
@ApplicationScoped
public class AppealRejections implements RejectionTable {

    static final Map<Class<? extends Rejection>, RejectionProblem> TABLE = RejectionProblem.merge(FileRejection.PROBLEMS, Map.ofEntries(
            Map.entry(AppealRejection.UnknownAppeal.class, new RejectionProblem(404, "not-found", "诉求不存在")),
            Map.entry(AppealRejection.WrongStatus.class, new RejectionProblem(409, "appeal-status", "诉求当前状态不允许此操作")),
            Map.entry(AppealRejection.NotAllowed.class, new RejectionProblem(403, "forbidden", "无权执行此操作")),
            Map.entry(AppealRejection.InvalidUscc.class, new RejectionProblem(422, "invalid-uscc", "统一社会信用代码校验未通过")),
            Map.entry(AppealRejection.CommittedDateRequired.class,
                    new RejectionProblem(422, "committed-date-required", "暂不能解决的诉求需写明规定办理时限")),
            Map.entry(AppealRejection.UnknownMeasures.class, new RejectionProblem(422, "unknown-measure", "改革举措不存在")),
            Map.entry(SessionRejection.UnknownSession.class, new RejectionProblem(404, "not-found", "面对面会议不存在")),
            Map.entry(SessionRejection.AlreadyHeld.class, new RejectionProblem(409, "session-closed", "会议纪要已定稿")),
            Map.entry(SessionRejection.NotOnAgenda.class, new RejectionProblem(422, "not-on-agenda", "诉求未列入会议议程")),
            Map.entry(SessionRejection.OutcomeIncomplete.class,
                    new RejectionProblem(422, "unprocessable-content", "议定结果不完整")),
            Map.entry(SessionRejection.NotInvited.class, new RejectionProblem(422, "not-invited", "未受邀参加会议")),
            Map.entry(SessionRejection.NotSameDay.class,
                    new RejectionProblem(422, "monthly-session-day", "每月面对面会议市、县（区）同步举行")),
            Map.entry(CityReportRejection.UnknownReport.class, new RejectionProblem(404, "not-found", "报告不存在")),
            Map.entry(CityReportRejection.NothingToReport.class,
                    new RejectionProblem(422, "unprocessable-content", "报告内容不完整")),
            Map.entry(CategoryRejection.UnknownCategory.class, new RejectionProblem(404, "not-found", "诉求类别不存在")),
            Map.entry(CategoryRejection.UnknownTemplate.class, new RejectionProblem(404, "not-found", "答复模板不存在")),
            Map.entry(CategoryRejection.TooManyTemplates.class,
                    new RejectionProblem(409, "too-many-templates", "答复模板已达上限")),
            Map.entry(AppealRejection.AlreadyRated.class, new RejectionProblem(409, "already-rated", "本次答复已有评价")),
            Map.entry(DistrictRejection.UnknownDistrict.class,
                    new RejectionProblem(422, "unknown-district", "县区不存在或已停用")),
            Map.entry(DistrictRejection.NameTaken.class, new RejectionProblem(409, "district-name-taken", "县区名称已被使用")),
            Map.entry(DistrictRejection.OutsideDistrict.class, new RejectionProblem(403, "forbidden", "无权查看或办理")),
            Map.entry(CategoryRejection.InactiveCategory.class,
                    RejectionProblem.of(ProblemType.UNPROCESSABLE, "诉求类别不存在或已停用")),
            Map.entry(CategoryRejection.UrgentLimitLonger.class, RejectionProblem.of(ProblemType.VALIDATION_FAILED)),
            Map.entry(DistrictRejection.UnknownFilter.class, RejectionProblem.of(ProblemType.VALIDATION_FAILED)),
            Map.entry(FiguresRejection.RangeRefused.class, RejectionProblem.of(ProblemType.VALIDATION_FAILED)),
            Map.entry(CalendarRejection.DayOutsideYear.class, RejectionProblem.of(ProblemType.VALIDATION_FAILED)),
            Map.entry(CalendarRejection.DayListedTwice.class, RejectionProblem.of(ProblemType.VALIDATION_FAILED)),
            Map.entry(AppealRejection.CalendarMissing.class,
                    new RejectionProblem(503, "calendar-missing", "节假日安排未录入，无法计算办理时限"))));

    @Override
    public Problem problemFor(Rejection rejection) {
        return RejectionProblem.in(TABLE, rejection).problem(rejection);
    }
}
