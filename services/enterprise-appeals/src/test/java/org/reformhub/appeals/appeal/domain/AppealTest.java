package org.reformhub.appeals.appeal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The case workflow without a database: who may do what in which status, and what a rating does. */
class AppealTest {

    private static final AppealActor STAFF = new AppealActor("supervisor", true, null, null);
    private static final AppealActor ZWSJ = new AppealActor("zwsj-officer", false, "zwsj", null);
    private static final AppealActor ZRZY = new AppealActor("zrzy-officer", false, "zrzy", null);
    private static final AppealActor ENTERPRISE = new AppealActor("enterprise-a", false, null, "91440400MA4UH1234T");
    private static final AppealActor OTHER = new AppealActor("enterprise-b", false, null, "91440400617881127C");
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private static Appeal filed() {
        return Appeal.filed("ZTC-202611-00001", new Appeal.Filing("91440400MA4UH1234T", "横琴示例科技", "张三", "0756-1234567",
                null, "approval", false, "施工许可办理慢", "……", "横琴", Channel.ONLINE), 10, LocalDate.of(2026, 12, 11),
                ENTERPRISE, NOW);
    }

    private static Appeal assigned() {
        Appeal appeal = filed();
        appeal.routing().accept(STAFF, NOW);
        appeal.routing().assign(STAFF, "zwsj", List.of("zrzy", "zwsj"), NOW);
        return appeal;
    }

    @Test
    void answered_rated_dissatisfied_reopens_answered_again_rated_satisfied_closes() {
        Appeal appeal = assigned();
        assertEquals(List.of("zrzy"), appeal.cooperatingUnits());
        assertTrue(appeal.answering().answer(ZWSJ, Outcome.RESOLVED, "已办结", null, NOW).isEmpty());
        assertEquals(Boolean.TRUE, appeal.answeredOnTime());
        assertTrue(appeal.evaluation().rate(ENTERPRISE, Rating.DISSATISFIED, "没解决", LocalDate.of(2026, 12, 18), NOW).isEmpty());
        assertEquals(AppealStatus.REOPENED, appeal.status());
        assertEquals(LocalDate.of(2026, 12, 18), appeal.dueDate());
        assertTrue(appeal.answering().answer(ZWSJ, Outcome.RESOLVED, "已整改", null, NOW).isEmpty());
        assertTrue(appeal.evaluation().rate(ENTERPRISE, Rating.SATISFIED, null, null, NOW).isEmpty());
        assertEquals(AppealStatus.CLOSED, appeal.status());
        assertEquals(1, appeal.reopenCount());
        assertEquals(List.of("FILED", "ACCEPTED", "ASSIGNED", "ANSWERED", "RATED", "REOPENED", "ANSWERED", "RATED", "CLOSED"),
                appeal.history().stream().map(s -> s.action().name()).toList());
    }

    @Test
    void every_illegal_transition_is_refused_with_the_status() {
        Appeal appeal = filed();
        assertInstanceOf(AppealRejection.WrongStatus.class, appeal.routing().assign(STAFF, "zwsj", List.of(), NOW).orElseThrow());
        assertInstanceOf(AppealRejection.NotAllowed.class, appeal.answering().answer(ZWSJ, Outcome.RESOLVED, "x", null, NOW).orElseThrow());
        assertInstanceOf(AppealRejection.WrongStatus.class, appeal.evaluation().rate(ENTERPRISE, Rating.SATISFIED, null, null, NOW).orElseThrow());
        assertInstanceOf(AppealRejection.NotAllowed.class, appeal.routing().accept(ZWSJ, NOW).orElseThrow());
        appeal.routing().reject(STAFF, "不属于受理范围", NOW);
        assertInstanceOf(AppealRejection.WrongStatus.class, appeal.routing().accept(STAFF, NOW).orElseThrow());
        assertInstanceOf(AppealRejection.WrongStatus.class, appeal.timeLimit().extend(STAFF, LocalDate.of(2027, 1, 1), "x", NOW).orElseThrow());
        assertEquals(AppealStatus.REJECTED, appeal.status());
    }

    @Test
    void only_the_lead_unit_answers_or_sends_back_and_only_the_filer_rates() {
        Appeal appeal = assigned();
        assertInstanceOf(AppealRejection.NotAllowed.class, appeal.answering().answer(ZRZY, Outcome.RESOLVED, "x", null, NOW).orElseThrow());
        assertInstanceOf(AppealRejection.CommittedDateRequired.class,
                appeal.answering().answer(ZWSJ, Outcome.CANNOT_RESOLVE_NOW, "x", null, NOW).orElseThrow());
        assertTrue(appeal.routing().sendBack(ZWSJ, "不属本单位职责", NOW).isEmpty());
        assertEquals(AppealStatus.SENT_BACK, appeal.status());
        assertTrue(appeal.routing().assign(STAFF, "zrzy", List.of(), NOW).isEmpty());
        assertTrue(appeal.answering().answer(ZRZY, Outcome.CANNOT_RESOLVE_NOW, "明年解决", LocalDate.of(2027, 3, 31), NOW).isEmpty());
        assertInstanceOf(AppealRejection.NotAllowed.class, appeal.evaluation().rate(OTHER, Rating.SATISFIED, null, null, NOW).orElseThrow());
        assertTrue(appeal.access().readableBy(ZRZY) && !appeal.access().readableBy(ZWSJ) && !appeal.access().readableBy(OTHER) && appeal.access().readableBy(ENTERPRISE));
    }

    @Test
    void a_late_answer_is_not_on_time_and_extensions_move_the_due_date_later_only() {
        Appeal appeal = assigned();
        assertInstanceOf(AppealRejection.NotAllowed.class, appeal.timeLimit().extend(STAFF, LocalDate.of(2026, 12, 1), "x", NOW).orElseThrow());
        assertTrue(appeal.timeLimit().extend(STAFF, LocalDate.of(2026, 12, 15), "需现场核查", NOW).isEmpty());
        appeal.answering().answer(ZWSJ, Outcome.RESOLVED, "x", null, Instant.parse("2026-12-15T16:30:00Z")); // 00:30 on the 16th
        assertEquals(Boolean.FALSE, appeal.answeredOnTime());
    }
}
