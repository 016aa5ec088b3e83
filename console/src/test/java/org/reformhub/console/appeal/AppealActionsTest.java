package org.reformhub.console.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.reformhub.console.backend.AppealDetail;
import org.reformhub.console.shell.Viewer;

/** Each person is shown only the next step the service would let them take on the case. */
class AppealActionsTest {

    private static final Viewer OFFICE = new Viewer("supervisor", "督查", Set.of("supervisor"), null, null);
    private static final Viewer ZRZY = new Viewer("zrzy-officer", "自然资源", Set.of("department"), "zrzy", null);
    private static final Viewer ZWSJ = new Viewer("zwsj-officer", "政数局", Set.of("department"), "zwsj", null);
    private static final Viewer ENTERPRISE = new Viewer("enterprise-a", "横琴示例科技", Set.of("enterprise"), null,
            "91440400MA4UH1234T");

    private static AppealDetail inStatus(String status) {
        return detail(false, status, "zrzy");
    }

    private static AppealDetail detail(boolean cityHandles, String status, String leadUnit) {
        return new AppealDetail("ZTC-202612-00001",
                new AppealDetail.Enterprise("横琴示例科技", "张三", "0756-1234567", null),
                new AppealDetail.Matter("land", false, "厂房用地", "用地规划许可办理超时"),
                new AppealDetail.Place("hengqin", "横琴", cityHandles), status, new AppealDetail.Handling(leadUnit, 10, null, null),
                new AppealDetail.Reply(null, null, null, null), new AppealDetail.Satisfaction(null, null, null, null, null),
                null, List.of());
    }

    private static final Viewer HENGQIN = new Viewer("hengqin-office", "横琴营商办", Set.of("district"), null, null,
            "hengqin", "横琴");

    /** accept, assign, answer, rate, reject, send back, extend, merge, followUp, changeLevel */
    private static AppealActions only(String... steps) {
        List<String> on = List.of(steps);
        return new AppealActions(on.contains("accept"), on.contains("assign"), on.contains("answer"), on.contains("rate"),
                on.contains("reject"), on.contains("sendBack"), on.contains("extend"), on.contains("merge"),
                on.contains("followUp"), on.contains("changeLevel"));
    }

    @Test
    void the_office_accepts_or_rejects_what_was_submitted_assigns_and_extends_while_the_time_limit_runs() {
        assertEquals(only("accept", "reject", "extend", "merge", "changeLevel"), AppealActions.of(OFFICE, inStatus("SUBMITTED")));
        assertEquals(only("assign", "extend", "merge", "changeLevel"), AppealActions.of(OFFICE, inStatus("ACCEPTED")));
        assertEquals(only("assign", "extend", "merge", "changeLevel"), AppealActions.of(OFFICE, inStatus("SENT_BACK")));
        assertEquals(only("extend", "merge", "changeLevel"), AppealActions.of(OFFICE, inStatus("ASSIGNED")));
        // an answer not yet rated can be followed up (回访)
        assertEquals(only("followUp", "changeLevel"), AppealActions.of(OFFICE, inStatus("ANSWERED")));
        assertFalse(AppealActions.of(OFFICE, inStatus("CLOSED")).any());
    }

    @Test
    void a_district_office_runs_its_cases_but_never_hands_them_on_and_not_once_the_city_took_one_up() {
        assertEquals(only("accept", "reject", "extend", "merge"), AppealActions.of(HENGQIN, inStatus("SUBMITTED")));
        assertEquals(only("followUp"), AppealActions.of(HENGQIN, inStatus("ANSWERED")));
        AppealDetail takenUp = detail(true, "SUBMITTED", null);
        assertFalse(AppealActions.of(HENGQIN, takenUp).any());
    }

    @Test
    void only_the_lead_unit_answers_or_sends_back_and_only_while_the_case_is_with_it() {
        assertEquals(only("answer", "sendBack"), AppealActions.of(ZRZY, inStatus("ASSIGNED")));
        assertEquals(only("answer"), AppealActions.of(ZRZY, inStatus("REOPENED")));
        assertFalse(AppealActions.of(ZWSJ, inStatus("ASSIGNED")).any(), "another unit");
        assertFalse(AppealActions.of(ZRZY, inStatus("ANSWERED")).any(), "already answered");
    }

    @Test
    void the_enterprise_rates_an_answered_case() {
        assertEquals(only("rate"), AppealActions.of(ENTERPRISE, inStatus("ANSWERED")));
        assertFalse(AppealActions.of(ENTERPRISE, inStatus("ASSIGNED")).any());
    }
}
