package org.reformhub.notifications.supervision.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 督办通知: issued with a reply date not in the past, acknowledged once, replied once, escalated once if unanswered. */
class SupervisionNoticeTest {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private static SupervisionNotice issued() {
        return SupervisionNotice.issue(UUID.randomUUID(), "督办〔2026〕1号", SupervisionNotice.SubjectKind.APPEAL, "ZTC-202611-44444", "zwsj",
                "超期未答复", DUE, TODAY, "supervisor", NOW).value().orElseThrow();
    }

    @Test
    void a_reply_date_in_the_past_is_refused() {
        SupervisionNotice.Result<SupervisionNotice> result = SupervisionNotice.issue(UUID.randomUUID(), "督办〔2026〕2号",
                SupervisionNotice.SubjectKind.APPEAL, "ZTC-202611-44445", "zwsj", "超期", TODAY.minusDays(1), TODAY, "supervisor", NOW);
        assertTrue(result.value().isEmpty());
        assertInstanceOf(SupervisionRejection.ReplyDueInPast.class, result.rejection().orElseThrow());
    }

    @Test
    void acknowledging_twice_changes_nothing_and_a_reply_acknowledges_what_was_not() {
        SupervisionNotice notice = issued();
        assertTrue(notice.acknowledge("zwsj-officer", NOW).isEmpty());
        Instant first = notice.view().acknowledgedAt();
        assertTrue(notice.acknowledge("someone-else", NOW.plusSeconds(60)).isEmpty());
        assertEquals(first, notice.view().acknowledgedAt());
        assertEquals(NoticeStatus.ACKNOWLEDGED, notice.status());

        SupervisionNotice skipped = issued();
        assertTrue(skipped.reply("已答复企业", "zwsj-officer", NOW).isEmpty());
        assertEquals(NoticeStatus.REPLIED, skipped.status());
        assertEquals(NOW, skipped.view().acknowledgedAt());
    }

    @Test
    void a_notice_is_replied_once_and_then_neither_acknowledged_nor_replied_again() {
        SupervisionNotice notice = issued();
        notice.reply("已答复企业", "zwsj-officer", NOW);
        assertInstanceOf(SupervisionRejection.WrongStatus.class, notice.reply("再答一次", "zwsj-officer", NOW).orElseThrow());
        assertInstanceOf(SupervisionRejection.WrongStatus.class, notice.acknowledge("zwsj-officer", NOW).orElseThrow());
    }

    @Test
    void unanswered_after_its_reply_date_it_is_escalated_once_and_a_late_reply_counts_as_late() {
        SupervisionNotice notice = issued();
        assertFalse(notice.escalateIfUnanswered(DUE, NOW), "the reply date itself is still in time");
        assertTrue(notice.escalateIfUnanswered(DUE.plusDays(1), NOW));
        assertFalse(notice.escalateIfUnanswered(DUE.plusDays(2), NOW), "escalated once");
        assertEquals(NoticeStatus.ESCALATED, notice.status());
        notice.reply("迟复", "zwsj-officer", Instant.parse("2026-12-01T16:30:00Z"));
        assertFalse(notice.repliedOnTime(CITY), "00:30 on 12-02 in the city is after the reply date");
        SupervisionNotice onTime = issued();
        onTime.reply("按时", "zwsj-officer", Instant.parse("2026-12-01T15:30:00Z"));
        assertTrue(onTime.repliedOnTime(CITY), "23:30 on 12-01 in the city");
    }
}
