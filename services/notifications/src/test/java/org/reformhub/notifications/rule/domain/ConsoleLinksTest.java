package org.reformhub.notifications.rule.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every notice sends the person to a page of the web console that exists, never to an API path. */
class ConsoleLinksTest {

    /** The console's pages a notice may open (console/: measure, appeal, report, 督办单, city report and inbox pages). */
    private static final Pattern CONSOLE_PAGE = Pattern.compile(
            "/app/(measures/[a-z0-9-]+/\\d{1,2}-\\d{2,3}|appeals/ZTC-\\d{6}-\\d{5}|my/measures|reviews|inbox|"
                    + "supervision/[0-9a-f-]{36}|reports/[0-9a-f-]{36}|reports|)");

    @Test
    void every_rule_links_to_a_console_page() {
        List<Notice> notices = new ArrayList<>(NotificationRules.measureCreated(NotificationRulesTest.MEASURE));
        notices.addAll(NotificationRules.measureOverdue(NotificationRulesTest.MEASURE, 3));
        for (String action : List.of("FILED", "ASSIGNED", "SENT_BACK", "ANSWERED", "REJECTED", "REOPENED", "SLA_WARNING",
                "OVERDUE", "TIME_LIMIT_SET")) {
            notices.addAll(NotificationRules.appeal(NotificationRulesTest.appeal(action, "zrzy")));
        }
        for (String step : List.of("submitted", "approved", "returned")) {
            notices.addAll(NotificationRules.report(step, new EventFacts.Report("yshj-2020", "1-01", "zwsj", "CONSOLIDATED",
                    "2026-11", "请补充")));
        }
        notices.addAll(NotificationRules.cityReportPublished(new EventFacts.CityReport(
                "5b0e6f7e-8d3c-4b53-9a36-0f6c1c2b9a10", "MONTHLY", "2026-11", "月报")));
        assertTrue(notices.size() >= 15, "notices: " + notices.size());
        assertEquals("/app/reports/5b0e6f7e-8d3c-4b53-9a36-0f6c1c2b9a10", notices.get(notices.size() - 1).link());
        assertTrue(CONSOLE_PAGE.matcher(ConsoleLinks.supervisionNotice(java.util.UUID.randomUUID())).matches());
        for (Notice notice : notices) {
            assertTrue(CONSOLE_PAGE.matcher(notice.link()).matches(), notice.rule() + " links to " + notice.link());
        }
    }

    @Test
    void e_mails_and_webhooks_get_the_platforms_public_address() {
        assertEquals("https://reform.example.gov.cn/app/appeals/ZTC-202612-00001",
                ConsoleLinks.absolute("https://reform.example.gov.cn/", ConsoleLinks.appeal("ZTC-202612-00001")));
        assertEquals("http://127.0.0.1:8080/app/inbox", ConsoleLinks.absolute("http://127.0.0.1:8080", ConsoleLinks.inbox()));
        assertEquals("", ConsoleLinks.absolute("http://127.0.0.1:8080", ""));
    }
}
