package org.reformhub.notifications.inbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.reformhub.notifications.inbox.domain.MeasureAssignmentMessages.Assignment;
import org.reformhub.notifications.inbox.domain.MeasureAssignmentMessages.Unit;

class MeasureAssignmentMessagesTest {

    private static final Unit ZWSJ = new Unit("zwsj", "市政务服务数据管理局");
    private static final Unit ZRZY = new Unit("zrzy", "市自然资源局");

    @Test
    void lead_and_cooperating_units_each_get_one_message_naming_their_role() {
        var drafts = MeasureAssignmentMessages.draft(new Assignment("yshj-2020", "1-03", "水电气外线工程", List.of(ZWSJ), List.of(ZRZY), "2020-06-30"));

        assertEquals(2, drafts.size());
        assertEquals("zwsj", drafts.get(0).recipientDept());
        assertTrue(drafts.get(0).body().contains("牵头单位"));
        assertTrue(drafts.get(1).body().contains("配合单位"));
        assertTrue(drafts.get(1).body().contains("2020-06-30"));
    }

    @Test
    void a_unit_named_both_as_lead_and_cooperating_is_told_once_as_lead() {
        var drafts = MeasureAssignmentMessages.draft(new Assignment("yshj-2020", "1-01", "证照主题联办", List.of(ZWSJ), List.of(ZWSJ), "持续推进"));

        assertEquals(1, drafts.size());
        assertTrue(drafts.get(0).body().contains("牵头单位"));
    }
}
