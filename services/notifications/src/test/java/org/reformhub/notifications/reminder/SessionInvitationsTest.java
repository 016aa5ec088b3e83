package org.reformhub.notifications.reminder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.notifications.testing.TestEvents;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 联席会议: a session's invitations reach each invited unit (and enterprise) with the date, place and its cases; the
 * day before the session everyone invited is reminded, once, however often the run is repeated; a later invitation
 * (the agenda changed) replaces whom to remind.
 */
@QuarkusTest
class SessionInvitationsTest {

    private static final Duration WAIT = Duration.ofSeconds(45);

    static String invited(String sessionId, LocalDate heldOn, String unit, String caseNumber, String invitedAt) {
        return """
                {"specversion":"1.0","id":"%s","source":"/reformhub/enterprise-appeals","type":"reform.appeals.session.invited.v1",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "data":{"session":{"id":"%s","heldOn":"%s","place":"区政务服务中心 301 会议室","level":"hengqin","levelName":"横琴",
                 "title":"企业直通车每月面对面","hosts":["区长"],"invitees":[
                   {"kind":"ENTERPRISE","ref":"91440400MA4UH1234T","name":"横琴示例科技","cases":[{"caseNumber":"%s","title":"厂房用地手续"}]},
                   {"kind":"UNIT","ref":"%s","name":"%s","cases":[{"caseNumber":"%s","title":"厂房用地手续"}]}],
                 "invitedAt":"%s"}}}"""
                .formatted(UUID.randomUUID(), sessionId, invitedAt, sessionId, heldOn, caseNumber, unit, unit, caseNumber, invitedAt);
    }

    @Test
    void the_invited_are_told_now_and_reminded_the_day_before_once() {
        String unit = TestEvents.unit();
        String other = TestEvents.unit();
        String session = UUID.randomUUID().toString();
        String caseNumber = TestEvents.caseNumber();
        LocalDate heldOn = LocalDate.parse("2098-05-20");
        KafkaProbe.send("reform.appeals", session, invited(session, heldOn, unit, caseNumber, "2026-12-07T06:00:00Z"));
        String supervisor = Tokens.supervisor();
        await().atMost(WAIT).until(() -> RemindersRunTest.ofRule(RemindersRunTest.inbox(supervisor, unit), "session-invitation") == 1);
        Map<String, Object> invitation = RemindersRunTest.inbox(supervisor, unit).stream()
                .filter(n -> "session-invitation".equals(n.get("rule"))).findFirst().orElseThrow();
        String text = invitation.toString();
        assertTrue(text.contains("2098-05-20") && text.contains("区政务服务中心 301 会议室") && text.contains(caseNumber), text);

        // the agenda changed: the later invitation names another unit, and an older one arriving late changes nothing
        KafkaProbe.send("reform.appeals", session, invited(session, heldOn, other, caseNumber, "2026-12-07T07:00:00Z"));
        await().atMost(WAIT).until(() -> RemindersRunTest.ofRule(RemindersRunTest.inbox(supervisor, other), "session-invitation") == 1);
        KafkaProbe.send("reform.appeals", session, invited(session, heldOn, unit, caseNumber, "2026-12-07T05:00:00Z"));

        RemindersRunTest.run(heldOn.minusDays(2));
        assertEquals(0, RemindersRunTest.ofRule(RemindersRunTest.inbox(supervisor, other), "session-reminder"));
        RemindersRunTest.run(heldOn.minusDays(1));
        RemindersRunTest.run(heldOn.minusDays(1));
        assertEquals(1, RemindersRunTest.ofRule(RemindersRunTest.inbox(supervisor, other), "session-reminder"));
        assertEquals(0, RemindersRunTest.ofRule(RemindersRunTest.inbox(supervisor, unit), "session-reminder"),
                "no longer invited");
        List<Map<String, Object>> enterprise = RemindersRunTest.inbox(Tokens.forUser("enterprise-a"), null);
        assertTrue(enterprise.stream().anyMatch(n -> "session-reminder".equals(n.get("rule"))
                && n.toString().contains("2098-05-20")), "the enterprise is reminded too");
    }
}
