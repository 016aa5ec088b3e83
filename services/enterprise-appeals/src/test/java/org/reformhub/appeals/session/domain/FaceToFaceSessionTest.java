package org.reformhub.appeals.session.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a face-to-face session (每月面对面 / 联席会议), one test per rule, without a database. */
class FaceToFaceSessionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 18);

    private static FaceToFaceSession session(String level, boolean monthly, LocalDate day) {
        return new FaceToFaceSession(day, level, monthly, "十二月面对面", List.of("市营商办"), List.of("zrzy", "zrzy", "gq"),
                List.of(new AgendaItem("ZTC-202612-00001", "厂房用地手续", AgendaItem.Reason.OVERDUE),
                        new AgendaItem("ZTC-202612-00002", "融资贷款难", AgendaItem.Reason.OPEN)), "office", NOW);
    }

    private static List<Invitee> invitees() {
        return List.of(new Invitee(Invitee.Kind.ENTERPRISE, "91440400MA4UH1234T", "测试企业", List.of("ZTC-202612-00001")),
                new Invitee(Invitee.Kind.UNIT, "zrzy", "市自然资源局", List.of("ZTC-202612-00001")));
    }

    @Test
    void each_handling_unit_is_listed_once() {
        assertEquals(List.of("zrzy", "gq"), session(FaceToFaceSession.CITY_LEVEL, true, DAY).units());
    }

    @Test
    void a_time_limit_set_at_the_session_needs_its_date_and_becomes_the_cases_committed_date() {
        FaceToFaceSession s = session(FaceToFaceSession.CITY_LEVEL, true, DAY);
        assertInstanceOf(SessionRejection.OutcomeIncomplete.class,
                s.decide("ZTC-202612-00001", SessionOutcome.TIME_LIMIT_SET, "zrzy", null, null).orElseThrow());
        assertTrue(s.decide("ZTC-202612-00001", SessionOutcome.TIME_LIMIT_SET, "zrzy", null, DAY.plusDays(20)).isEmpty());
        assertEquals(DAY.plusDays(20), s.item("ZTC-202612-00001").orElseThrow().committedDate());
    }

    @Test
    void solving_on_the_spot_or_escalating_needs_words_and_carrying_over_is_left_to_closing() {
        FaceToFaceSession s = session(FaceToFaceSession.CITY_LEVEL, true, DAY);
        assertInstanceOf(SessionRejection.OutcomeIncomplete.class,
                s.decide("ZTC-202612-00001", SessionOutcome.SOLVED_ON_SPOT, "zrzy", " ", null).orElseThrow());
        assertInstanceOf(SessionRejection.OutcomeIncomplete.class,
                s.decide("ZTC-202612-00001", SessionOutcome.ESCALATED, null, null, null).orElseThrow());
        assertInstanceOf(SessionRejection.OutcomeIncomplete.class,
                s.decide("ZTC-202612-00001", SessionOutcome.CARRIED_OVER, null, null, null).orElseThrow());
    }

    @Test
    void only_a_case_on_the_agenda_is_decided_and_only_once() {
        FaceToFaceSession s = session(FaceToFaceSession.CITY_LEVEL, true, DAY);
        assertInstanceOf(SessionRejection.NotOnAgenda.class,
                s.decide("ZTC-202612-00099", SessionOutcome.SOLVED_ON_SPOT, "zrzy", "已现场答复", null).orElseThrow());
        assertTrue(s.decide("ZTC-202612-00001", SessionOutcome.SOLVED_ON_SPOT, "zrzy", "已现场答复", null).isEmpty());
        assertInstanceOf(SessionRejection.OutcomeIncomplete.class,
                s.decide("ZTC-202612-00001", SessionOutcome.ESCALATED, null, "需市级协调", null).orElseThrow());
    }

    @Test
    void closing_carries_over_what_was_not_decided_and_nothing_changes_afterwards() {
        FaceToFaceSession s = session(FaceToFaceSession.CITY_LEVEL, true, DAY);
        s.decide("ZTC-202612-00001", SessionOutcome.SOLVED_ON_SPOT, "zrzy", "已现场答复", null);
        assertTrue(s.close("两件诉求已议定", NOW).isEmpty());
        assertEquals(SessionOutcome.CARRIED_OVER, s.item("ZTC-202612-00002").orElseThrow().outcome());
        assertTrue(s.held());
        assertInstanceOf(SessionRejection.AlreadyHeld.class, s.close("再次定稿", NOW).orElseThrow());
        assertInstanceOf(SessionRejection.AlreadyHeld.class, s.editAgenda(List.of(), Map.of()).orElseThrow());
        assertInstanceOf(SessionRejection.AlreadyHeld.class, s.invite("市民中心", invitees(), NOW).orElseThrow());
    }

    @Test
    void invitations_need_a_place_and_an_agenda_and_attendance_names_only_invitees() {
        FaceToFaceSession s = session(FaceToFaceSession.CITY_LEVEL, true, DAY);
        assertInstanceOf(SessionRejection.OutcomeIncomplete.class, s.recordAttendance(List.of("zrzy")).orElseThrow());
        assertInstanceOf(SessionRejection.OutcomeIncomplete.class, s.invite(null, invitees(), NOW).orElseThrow());
        assertTrue(s.invite("市民服务中心三楼会议室", invitees(), NOW).isEmpty());
        assertInstanceOf(SessionRejection.NotInvited.class, s.recordAttendance(List.of("gq")).orElseThrow());
        assertTrue(s.recordAttendance(List.of("zrzy")).isEmpty());
        assertEquals(Boolean.TRUE, s.invitees().get(1).attended());
        assertEquals(Boolean.FALSE, s.invitees().get(0).attended());
        // invited again (the agenda changed): who came stays recorded, the place stays when none is given
        assertTrue(s.invite(null, invitees(), NOW).isEmpty());
        assertEquals("市民服务中心三楼会议室", s.place());
        assertEquals(Boolean.TRUE, s.invitees().get(1).attended());
    }

    @Test
    void an_agenda_edit_keeps_decisions_and_refuses_a_case_it_was_not_offered() {
        FaceToFaceSession s = session(FaceToFaceSession.CITY_LEVEL, true, DAY);
        s.decide("ZTC-202612-00002", SessionOutcome.ESCALATED, null, "需市级协调", null);
        assertInstanceOf(SessionRejection.NotOnAgenda.class,
                s.editAgenda(List.of("ZTC-202612-00003"), Map.of()).orElseThrow());
        assertTrue(s.editAgenda(List.of("ZTC-202612-00002"), Map.of()).isEmpty());
        assertEquals(1, s.agenda().size());
        assertEquals(SessionOutcome.ESCALATED, s.agenda().get(0).outcome());
        assertNull(s.item("ZTC-202612-00001").map(AgendaItem::outcome).orElse(null));
    }

    @Test
    void the_monthly_session_is_held_on_the_same_day_at_every_level() {
        FaceToFaceSession city = session(FaceToFaceSession.CITY_LEVEL, true, DAY);
        FaceToFaceSession extra = session(FaceToFaceSession.CITY_LEVEL, false, DAY.plusDays(3));
        assertEquals(Optional.of(city), FaceToFaceSession.otherDay(DAY.plusDays(1), "hengqin", List.of(city, extra)));
        assertTrue(FaceToFaceSession.otherDay(DAY, "hengqin", List.of(city, extra)).isEmpty());
        // the same level may hold another session; a session that is not the monthly one sets no day
        assertTrue(FaceToFaceSession.otherDay(DAY.plusDays(1), FaceToFaceSession.CITY_LEVEL, List.of(city)).isEmpty());
        assertTrue(FaceToFaceSession.otherDay(DAY.plusDays(1), "hengqin", List.of(extra)).isEmpty());
    }
}
