package org.reformhub.notifications.rule.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NotificationRulesTest {

    static final EventFacts.Measure MEASURE = new EventFacts.Measure("yshj-2020", "1-09", "不动产登记一窗受理",
            List.of(new EventFacts.Unit("zrzy", "市自然资源局")),
            List.of(new EventFacts.Unit("zrzy", "市自然资源局"), new EventFacts.Unit("swj", "市税务局")), "2026-12-31");

    static EventFacts.Appeal appeal(String action, String leadUnit) {
        return new EventFacts.Appeal(action, "ZTC-202611-00001", "91440400MA4UH1234T", "厂房用地", "ASSIGNED", leadUnit,
                List.of("zwsj"), "2026-12-10", "RESOLVED", null);
    }

    @Test
    void a_new_measure_tells_each_responsible_unit_once_with_its_role() {
        List<Notice> notices = NotificationRules.measureCreated(MEASURE);
        assertEquals(2, notices.size());
        assertEquals(List.of(Recipient.department("zrzy")), notices.get(0).recipients());
        assertEquals("牵头单位", notices.get(0).model().get("role"));
        assertEquals("配合单位", notices.get(1).model().get("role"));
    }

    @Test
    void appeal_steps_reach_who_acts_next() {
        assertEquals(List.of(Recipient.department("zrzy"), Recipient.department("zwsj")),
                NotificationRules.appeal(appeal("ASSIGNED", "zrzy")).get(0).recipients());
        assertEquals(List.of(Recipient.enterprise("91440400MA4UH1234T")),
                NotificationRules.appeal(appeal("ANSWERED", "zrzy")).get(0).recipients());
        Notice overdue = NotificationRules.appeal(appeal("OVERDUE", "zrzy")).get(0);
        assertEquals(Severity.CRITICAL, overdue.severity());
        assertEquals(List.of(Recipient.department("zrzy"), Recipient.SUPERVISORS), overdue.recipients());
        // a warning on a case nobody leads yet goes to the office
        assertEquals(List.of(Recipient.SUPERVISORS), NotificationRules.appeal(appeal("SLA_WARNING", null)).get(0).recipients());
        assertTrue(NotificationRules.appeal(appeal("RATED", "zrzy")).isEmpty());
    }

    @Test
    void only_consolidated_reports_wait_for_the_office_and_returned_ones_warn_their_unit() {
        EventFacts.Report contribution = new EventFacts.Report("p", "1-01", "swj", "CONTRIBUTION", "2026-11", null);
        assertTrue(NotificationRules.report("submitted", contribution).isEmpty());
        EventFacts.Report returned = new EventFacts.Report("p", "1-01", "zwsj", "CONSOLIDATED", "2026-11", "缺少佐证材料");
        Notice notice = NotificationRules.report("returned", returned).get(0);
        assertEquals(Severity.WARNING, notice.severity());
        assertEquals(List.of(Recipient.department("zwsj")), notice.recipients());
        assertEquals(List.of(Recipient.department("zrzy"), Recipient.SUPERVISORS),
                NotificationRules.measureOverdue(MEASURE, 3).get(0).recipients());
    }
}
