package org.reformhub.progress.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.reformhub.progress.measure.domain.KpiValue;
import org.reformhub.progress.measure.domain.MeasureStatus;

/** The workflow rules of a report, without a database: who may do what in which status. */
class ProgressReportTest {

    private static final Actor ZWSJ = new Actor("zwsj-officer", "zwsj", false);
    private static final Actor ZRZY = new Actor("zrzy-officer", "zrzy", false);
    private static final Actor SUPERVISOR = new Actor("supervisor", null, true);
    private static final Instant DUE_DAY_NOON = Instant.parse("2026-11-25T04:00:00Z");

    private static ReportContent content(MeasureStatus status) {
        return new ReportContent(status, "进展", List.of(new WorkItemProgress(1, WorkItemProgress.State.DONE, "")),
                List.of(new KpiValue("一次不用跑事项", new BigDecimal(189))), "", List.of(SupportRequest.asked("zrzy", "接口")), "");
    }

    private static ProgressReport draft() {
        return ProgressReport.draft("p", "1-09", "zwsj", ReportKind.CONSOLIDATED, "2026-11", LocalDate.of(2026, 11, 25),
                content(MeasureStatus.IN_PROGRESS), ZWSJ, DUE_DAY_NOON);
    }

    @Test
    void draft_submitted_returned_resubmitted_approved_with_every_step_kept() {
        ProgressReport report = draft();
        assertTrue(report.submit(ZWSJ, List.of(), DUE_DAY_NOON).isEmpty());
        assertTrue(report.returnWith("补充材料", SUPERVISOR, DUE_DAY_NOON).isEmpty());
        assertEquals(ReportStatus.RETURNED, report.status());
        assertTrue(report.edit(content(MeasureStatus.COMPLETED), ZWSJ, DUE_DAY_NOON).isEmpty());
        assertTrue(report.submit(ZWSJ, List.of(), DUE_DAY_NOON.plusSeconds(86_400 * 3)).isEmpty());
        assertTrue(report.approve(SUPERVISOR, DUE_DAY_NOON).isEmpty());
        assertTrue(report.setsOfficialStatus());
        assertEquals(1, report.timesReturned());
        assertEquals(List.of(ReportStep.Action.CREATED, ReportStep.Action.SUBMITTED, ReportStep.Action.RETURNED,
                ReportStep.Action.EDITED, ReportStep.Action.SUBMITTED, ReportStep.Action.APPROVED),
                report.history().stream().map(ReportStep::action).toList());
        // on time is judged by the first submission, on the due day in city time
        assertEquals(Boolean.TRUE, report.onTime().orElseThrow());
    }

    @Test
    void illegal_steps_are_refused_and_change_nothing() {
        ProgressReport report = draft();
        assertInstanceOf(ReportRejection.WrongStatus.class, report.approve(SUPERVISOR, DUE_DAY_NOON).orElseThrow());
        assertInstanceOf(ReportRejection.NotOwnReport.class, report.submit(ZRZY, List.of(), DUE_DAY_NOON).orElseThrow());
        assertInstanceOf(ReportRejection.NotOwnReport.class, report.submit(SUPERVISOR, List.of(), DUE_DAY_NOON).orElseThrow());
        report.submit(ZWSJ, List.of(), DUE_DAY_NOON);
        assertInstanceOf(ReportRejection.ReviewerOnly.class, report.approve(ZWSJ, DUE_DAY_NOON).orElseThrow());
        assertInstanceOf(ReportRejection.WrongStatus.class, report.edit(content(MeasureStatus.COMPLETED), ZWSJ, DUE_DAY_NOON).orElseThrow());
        assertInstanceOf(ReportRejection.WrongStatus.class, report.submit(ZWSJ, List.of(), DUE_DAY_NOON).orElseThrow());
        report.approve(SUPERVISOR, DUE_DAY_NOON);
        assertInstanceOf(ReportRejection.WrongStatus.class, report.returnWith("x", SUPERVISOR, DUE_DAY_NOON).orElseThrow());
        assertEquals(ReportStatus.APPROVED, report.status());
        assertEquals(3, report.history().size());
    }

    @Test
    void a_late_first_submission_is_late_and_a_contribution_never_sets_the_status() {
        ProgressReport late = draft();
        late.submit(ZWSJ, List.of(), Instant.parse("2026-11-25T16:30:00Z")); // 00:30 on the 26th in Shanghai
        assertEquals(Boolean.FALSE, late.onTime().orElseThrow());
        ProgressReport part = ProgressReport.draft("p", "1-09", "zrzy", ReportKind.CONTRIBUTION, "2026-11",
                LocalDate.of(2026, 11, 25), content(MeasureStatus.IN_PROGRESS), ZRZY, DUE_DAY_NOON);
        part.submit(ZRZY, List.of(), DUE_DAY_NOON);
        part.approve(SUPERVISOR, DUE_DAY_NOON);
        assertFalse(part.setsOfficialStatus());
    }

    @Test
    void only_the_unit_asked_or_a_supervisor_answers_a_support_request_and_the_answer_survives_a_resubmission() {
        ProgressReport report = draft();
        report.submit(ZWSJ, List.of(), DUE_DAY_NOON);
        assertInstanceOf(ReportRejection.NotAsked.class, report.answerSupport(1, "x", ZWSJ, DUE_DAY_NOON).orElseThrow());
        assertInstanceOf(ReportRejection.UnknownSupportRequest.class, report.answerSupport(2, "x", ZRZY, DUE_DAY_NOON).orElseThrow());
        assertTrue(report.answerSupport(1, "接口已开放", ZRZY, DUE_DAY_NOON).isEmpty());
        report.returnWith("r", SUPERVISOR, DUE_DAY_NOON);
        report.edit(content(MeasureStatus.IN_PROGRESS), ZWSJ, DUE_DAY_NOON);
        assertEquals("接口已开放", report.content().supportNeeded().get(0).answer());
    }

    @Test
    void content_is_checked_against_the_measure() {
        var measure = new ReportContent.MeasureFacts(1, Set.of("一次不用跑事项"), false);
        assertEquals(List.of(), content(MeasureStatus.IN_PROGRESS).violations(measure));
        ReportContent wrong = new ReportContent(MeasureStatus.ONGOING, "", List.of(new WorkItemProgress(2,
                WorkItemProgress.State.DONE, ""), new WorkItemProgress(2, WorkItemProgress.State.DONE, "")),
                List.of(new KpiValue("别的指标", BigDecimal.ONE)), "", List.of(), "");
        assertEquals(List.of("claimedStatus", "workItems", "workItems", "kpis"),
                wrong.violations(measure).stream().map(ReportContent.Violation::field).toList());
    }
}
