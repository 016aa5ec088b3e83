package org.reformhub.appeals.session.infrastructure;

import static org.reformhub.appeals.document.WordDocument.orBlank;

import java.util.List;
import java.util.Map;

import org.reformhub.appeals.document.WordDocument;
import org.reformhub.appeals.session.domain.AgendaItem;
import org.reformhub.appeals.session.domain.FaceToFaceSession;
import org.reformhub.appeals.session.domain.SessionOutcome;

/** The minutes (会议纪要) of a face-to-face session as a Word document. */
public final class MinutesDocument {

    private static final Map<SessionOutcome, String> OUTCOME = Map.of(SessionOutcome.SOLVED_ON_SPOT, "现场解决",
            SessionOutcome.TIME_LIMIT_SET, "明确办理时限", SessionOutcome.ESCALATED, "提请上级协调", SessionOutcome.CARRIED_OVER, "转下次会议");
    private static final Map<AgendaItem.Reason, String> REASON = Map.of(AgendaItem.Reason.SUPERVISED, "督办",
            AgendaItem.Reason.OVERDUE, "逾期", AgendaItem.Reason.REOPENED, "整改", AgendaItem.Reason.OPEN, "在办");

    private MinutesDocument() {
    }

    public static byte[] docx(FaceToFaceSession session, String levelName) {
        try (WordDocument document = new WordDocument()) {
            List<AgendaItem> agenda = session.agenda();
            long solved = agenda.stream().filter(i -> i.outcome() == SessionOutcome.SOLVED_ON_SPOT).count();
            long limited = agenda.stream().filter(i -> i.outcome() == SessionOutcome.TIME_LIMIT_SET).count();
            document.title(session.title() + "会议纪要")
                    .text("时间：" + session.heldOn())
                    .text("层级：" + (FaceToFaceSession.CITY_LEVEL.equals(session.level()) ? "市级" : levelName))
                    .text("主持领导：" + String.join("、", session.hosts()))
                    .text("参会单位：" + String.join("、", session.units()))
                    .text(session.place() == null ? "地点：—" : "地点：" + session.place())
                    .text("会议研究企业诉求" + agenda.size() + "件，其中现场解决" + solved + "件，明确办理时限" + limited + "件，提请上级协调"
                            + agenda.stream().filter(i -> i.outcome() == SessionOutcome.ESCALATED).count() + "件。")
                    .heading("一、议定事项")
                    .table(List.of("序号", "诉求编号", "诉求", "列入原因", "议定结果", "承办单位", "办理时限", "说明"),
                            java.util.stream.IntStream.range(0, agenda.size()).mapToObj(n -> {
                                AgendaItem i = agenda.get(n);
                                return List.of(String.valueOf(n + 1), i.caseNumber(), i.title(), REASON.get(i.reason()),
                                        i.outcome() == null ? "待议" : OUTCOME.get(i.outcome()), orBlank(i.unit()),
                                        orBlank(i.committedDate()), orBlank(i.note()));
                            }).toList());
            if (!session.invitees().isEmpty()) {
                document.heading("二、参会企业和单位").table(List.of("类别", "名称", "涉及诉求", "是否到会"), session.invitees().stream()
                        .map(i -> List.of(i.kind() == org.reformhub.appeals.session.domain.Invitee.Kind.ENTERPRISE ? "企业" : "承办单位",
                                i.name(), String.join("、", i.cases()),
                                i.attended() == null ? "未登记" : i.attended() ? "到会" : "未到会")).toList());
            }
            if (session.summary() != null) {
                document.heading(session.invitees().isEmpty() ? "二、会议意见" : "三、会议意见").text(session.summary());
            }
            document.signature(session.held() ? "纪要定稿" : "纪要草稿（会议尚未结束）");
            return document.bytes();
        }
    }
}
