package org.reformhub.console.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.shell.Viewer;

/** Each person is shown only the next step the service would let them take on the case. */
class AppealActionsTest {

    private static final Viewer OFFICE = new Viewer("supervisor", "督查", Set.of("supervisor"), null, null);
    private static final Viewer ZRZY = new Viewer("zrzy-officer", "自然资源", Set.of("department"), "zrzy", null);
    private static final Viewer ZWSJ = new Viewer("zwsj-officer", "政数局", Set.of("department"), "zwsj", null);
    private static final Viewer ENTERPRISE = new Viewer("enterprise-a", "横琴示例科技", Set.of("enterprise"), null,
            "91440400MA4UH1234T");

    private static AppealsApi.AppealDetail inStatus(String status) {
        return new AppealsApi.AppealDetail("ZTC-202612-00001", "横琴示例科技", "张三", "0756-1234567", null, "land", false,
                "厂房用地", "用地规划许可办理超时", "横琴", status, "zrzy", 10, null, null, null, null, null, null, null, null,
                List.of());
    }

    @Test
    void the_office_accepts_what_was_submitted_and_assigns_what_it_accepted_or_got_back() {
        assertEquals(new AppealActions(true, false, false, false), AppealActions.of(OFFICE, inStatus("SUBMITTED")));
        assertEquals(new AppealActions(false, true, false, false), AppealActions.of(OFFICE, inStatus("ACCEPTED")));
        assertEquals(new AppealActions(false, true, false, false), AppealActions.of(OFFICE, inStatus("SENT_BACK")));
        assertFalse(AppealActions.of(OFFICE, inStatus("ASSIGNED")).any());
    }

    @Test
    void only_the_lead_unit_answers_and_only_while_the_case_is_with_it() {
        assertEquals(new AppealActions(false, false, true, false), AppealActions.of(ZRZY, inStatus("ASSIGNED")));
        assertEquals(new AppealActions(false, false, true, false), AppealActions.of(ZRZY, inStatus("REOPENED")));
        assertFalse(AppealActions.of(ZWSJ, inStatus("ASSIGNED")).any(), "another unit");
        assertFalse(AppealActions.of(ZRZY, inStatus("ANSWERED")).any(), "already answered");
    }

    @Test
    void the_enterprise_rates_an_answered_case() {
        assertEquals(new AppealActions(false, false, false, true), AppealActions.of(ENTERPRISE, inStatus("ANSWERED")));
        assertFalse(AppealActions.of(ENTERPRISE, inStatus("ASSIGNED")).any());
    }
}
