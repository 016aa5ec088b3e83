package org.reformhub.appeals.assessment.infrastructure;

import static org.reformhub.appeals.document.WordDocument.orBlank;
import static org.reformhub.appeals.document.WordDocument.rate;

import java.util.List;
import java.util.Map;

import org.reformhub.appeals.assessment.domain.ChannelFigures;
import org.reformhub.appeals.document.WordDocument;
import org.reformhub.appeals.assessment.domain.MonthlyReport;

/** The monthly report (月报) as a Word document for the city government. */
public final class MonthlyReportDocument {

    private MonthlyReportDocument() {
    }

    public static byte[] docx(MonthlyReport report) {
        try (WordDocument document = new WordDocument()) {
            ChannelFigures t = report.total();
            document.title("企业直通车诉求办理情况月报（" + report.month().getYear() + "年" + report.month().getMonthValue() + "月）")
                    .text("本月受理企业诉求" + t.received() + "件，已答复" + t.answered() + "件，按时答复率" + rate(t.answeredOnTimePercent())
                            + "，解决率" + rate(t.resolvedPercent()) + "，满意率" + rate(t.satisfactionPercent()) + "（已评价" + t.rated()
                            + "件），平均答复用时" + (t.averageWorkingDaysToAnswer() == null ? "—" : t.averageWorkingDaysToAnswer() + "个工作日")
                            + "。")
                    .heading("一、市、县（区）办理情况").table(FIGURES_HEADER.apply("县区"), figures(report.byDistrict()))
                    .heading("二、各承办单位办理情况").table(FIGURES_HEADER.apply("承办单位"), figures(report.byUnit()))
                    .heading("三、各类别诉求办理情况").table(FIGURES_HEADER.apply("诉求类别"), figures(report.byCategory()))
                    .heading("四、未解决及逾期诉求（" + report.unresolved().size() + "件）")
                    .table(List.of("编号", "企业", "诉求", "承办单位", "状态", "办理时限", "规定办理时限"), report.unresolved().stream()
                            .map(u -> List.of(u.caseNumber(), u.enterpriseName(), u.title(), u.leadUnit() == null ? "待交办" : u.leadUnit(),
                                    u.overdue() ? "逾期（督办）" : u.status(), String.valueOf(u.dueDate()), orBlank(u.committedDate())))
                            .toList())
                    .signature("数据截至" + report.asOf());
            return document.bytes();
        }
    }

    private static final java.util.function.Function<String, List<String>> FIGURES_HEADER =
            first -> List.of(first, "受理", "答复", "按时答复率", "解决率", "满意率");

    private static List<List<String>> figures(Map<String, ChannelFigures> rows) {
        return rows.entrySet().stream().map(e -> {
            ChannelFigures f = e.getValue();
            return List.of(e.getKey(), String.valueOf(f.received()), String.valueOf(f.answered()), rate(f.answeredOnTimePercent()),
                    rate(f.resolvedPercent()), rate(f.satisfactionPercent()));
        }).toList();
    }
}
