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
    void the_contact_given_for_a_case_hears_of_each_step_the_enterprise_cares_about_in_its_own_words() {
        Recipient contact = Recipient.caseContact("ZTC-202611-00001");
        for (String action : List.of("FILED", "ASSIGNED", "ANSWERED", "REJECTED", "REOPENED")) {
            List<Notice> notices = NotificationRules.appeal(appeal(action, "zrzy"));
            Notice toContact = notices.get(notices.size() - 1);
            assertTrue(toContact.rule().startsWith("contact-appeal-"), action);
            assertEquals(List.of(contact), toContact.recipients(), action);
            assertTrue(notices.subList(0, notices.size() - 1).stream().noneMatch(n -> n.recipients().contains(contact)));
        }
        for (String action : List.of("SENT_BACK", "SLA_WARNING", "OVERDUE", "TIME_LIMIT_SET", "ACCEPTED")) {
            assertTrue(NotificationRules.appeal(appeal(action, "zrzy")).stream()
                    .noneMatch(n -> n.recipients().contains(contact)), "internal step " + action);
        }
        assertEquals("市自然资源局", NotificationRules.appeal(appeal("ASSIGNED", "zrzy").withLeadUnitName("市自然资源局"))
                .get(1).model().get("unit"));
    }

    @Test
    void a_session_invites_an_enterprises_account_and_the_contacts_of_its_cases_apart() {
        var invitation = new EventFacts.SessionInvitation("s1", "2026-12-18", "市民服务中心", "市", "每月面对面",
                List.of(new EventFacts.Invitee("ENTERPRISE", "91440400MA4UH1234T", "横琴示例科技",
                                List.of("ZTC-202612-00001 厂房用地", "ZTC-202612-00002 报建")),
                        new EventFacts.Invitee("UNIT", "zrzy", "市自然资源局", List.of("ZTC-202612-00001 厂房用地"))),
                java.time.Instant.parse("2026-12-01T08:00:00Z"));
        List<Notice> notices = NotificationRules.sessionInvited(invitation);
        assertEquals(List.of("session-invitation", "contact-session-invitation", "session-invitation"),
                notices.stream().map(Notice::rule).toList());
        assertEquals(List.of(Recipient.caseContact("ZTC-202612-00001"), Recipient.caseContact("ZTC-202612-00002")),
                notices.get(1).recipients());
        assertEquals(List.of(Recipient.department("zrzy")), notices.get(2).recipients());
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
