package org.reformhub.kernel.event.read;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.InvalidEventException;
import org.reformhub.kernel.event.appeals.AppealStepEvent;
import org.reformhub.kernel.event.appeals.PublishedAppeal;
import org.reformhub.kernel.event.appeals.PublishedAppealContact;
import org.reformhub.kernel.event.appeals.PublishedCalendarYear;
import org.reformhub.kernel.event.appeals.PublishedCityReport;
import org.reformhub.kernel.event.appeals.PublishedSessionInvitation;
import org.reformhub.kernel.event.notifications.PublishedDelivery;
import org.reformhub.kernel.event.notifications.PublishedSupervisionNotice;
import org.reformhub.kernel.event.progress.PublishedKpiValue;
import org.reformhub.kernel.event.progress.PublishedMissingReport;
import org.reformhub.kernel.event.progress.PublishedOverdueMeasure;
import org.reformhub.kernel.event.progress.PublishedReport;
import org.reformhub.kernel.event.progress.PublishedStatusChange;
import org.reformhub.kernel.testing.RepositoryFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one reader of each event of progress reporting, the appeal channel and the notification service, on the
 * documented examples (docs/events/examples) and broken copies of them.
 */
class PublishedEventsTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    private CloudEvent example(String type) throws Exception {
        return json.readValue(Files.readString(RepositoryFiles.find("docs/events/examples/" + type + ".json")), CloudEvent.class);
    }

    private CloudEvent changed(CloudEvent event, Consumer<ObjectNode> change) {
        ObjectNode data = event.data().deepCopy();
        change.accept(data);
        return new CloudEvent(event.specversion(), event.id(), event.source(), event.type(), event.subject(), event.time(),
                event.datacontenttype(), data);
    }

    @Test
    void a_report_reads_as_whose_report_for_which_period_and_its_review() throws Exception {
        PublishedReport r = PublishedReport.of(example("reform.progress.report.returned.v1"));
        assertEquals("wf-8tnzld/1-09", r.measureKey());
        assertEquals("zwsj", r.dept());
        assertEquals("2026-11", r.period());
        assertEquals(LocalDate.of(2026, 11, 30), r.dueDate());
        assertEquals("请补充秒批事项清单", r.review().returnReason());
        assertEquals(1, r.review().timesReturned());
        assertEquals(Instant.parse("2026-11-28T04:21:18.325939Z"), r.times().createdAt());
        assertEquals(2L, r.version());
    }

    @Test
    void a_report_without_its_department_or_with_a_due_date_that_is_none_is_invalid() throws Exception {
        CloudEvent event = example("reform.progress.report.submitted.v1");
        assertTrue(assertThrows(InvalidEventException.class,
                () -> PublishedReport.of(changed(event, d -> ((ObjectNode) d.path("report")).remove("dept")))).getMessage()
                .contains("dept"));
        assertTrue(assertThrows(InvalidEventException.class,
                () -> PublishedReport.of(changed(event, d -> ((ObjectNode) d.path("report")).put("dueDate", "2026-13-01"))))
                .getMessage().contains("dueDate"));
        // what only some consumers need reads as null, and they say so themselves
        PublishedReport unversioned = PublishedReport.of(changed(event, d -> ((ObjectNode) d.path("report")).remove("version")));
        assertNull(unversioned.version());
        assertThrows(InvalidEventException.class, () -> EventFields.required(unversioned.version(), "version"));
    }

    @Test
    void progress_facts_read_with_their_measure() throws Exception {
        PublishedKpiValue kpi = PublishedKpiValue.of(example("reform.progress.kpi.recorded.v1"));
        assertEquals("views-6lecnx/1-09", kpi.measure().key());
        assertEquals("zwsj", kpi.measure().leadUnits().get(0).code());
        assertEquals("一次不用跑事项", kpi.figure().name());
        assertEquals(new BigDecimal("189"), kpi.value());
        assertNull(kpi.previousValue());
        PublishedStatusChange change = PublishedStatusChange.of(example("reform.progress.measure.status-changed.v1"));
        assertFalse(change.status().isEmpty());
        PublishedOverdueMeasure overdue = PublishedOverdueMeasure.of(example("reform.progress.measure.overdue.v1"));
        assertEquals("2020-06-30", overdue.deadline());
        assertEquals("市住房城乡建设局", overdue.measure().leadUnits().get(0).name());
        PublishedMissingReport missing = PublishedMissingReport.of(example("reform.progress.report.missing.v1"));
        assertEquals(89, missing.daysLate());
        assertEquals(LocalDate.of(2026, 11, 28), missing.detectedOn());
        assertThrows(InvalidEventException.class, () -> PublishedKpiValue.of(changed(
                example("reform.progress.kpi.recorded.v1"), d -> d.remove("measure"))));
    }

    @Test
    void an_appeal_step_reads_as_the_case_after_it() throws Exception {
        CloudEvent rated = example("reform.appeals.appeal.rated.v1");
        assertTrue(AppealStepEvent.carriedBy(rated));
        AppealStepEvent step = AppealStepEvent.of(rated);
        PublishedAppeal a = step.appeal();
        assertEquals("RATED", step.action());
        assertEquals("ZTC-202611-00006", a.caseNumber());
        assertEquals("用地用房", a.matter().categoryName());
        assertEquals("zrzy", a.handling().leadUnit());
        assertEquals(LocalDate.of(2026, 12, 18), a.handling().dueDate());
        assertEquals("SATISFIED", a.rating().rating());
        assertTrue(a.rating().given());
        assertEquals(6L, a.version());
        assertThrows(InvalidEventException.class,
                () -> AppealStepEvent.of(changed(rated, d -> ((ObjectNode) d.path("appeal")).remove("caseNumber"))));
    }

    @Test
    void the_channels_other_events_read_as_their_facts() throws Exception {
        PublishedAppealContact contact = PublishedAppealContact.of(example("reform.appeals.appeal-contact.recorded.v1"));
        assertEquals("赵六", contact.contactPerson());
        assertEquals("zhaoliu@example.com", contact.email());
        PublishedSessionInvitation invitation = PublishedSessionInvitation.of(example("reform.appeals.session.invited.v1"));
        assertEquals("区政务服务中心", invitation.place());
        assertEquals("ZTC-202612-00010", invitation.invitees().get(0).cases().get(0).caseNumber());
        PublishedCityReport report = PublishedCityReport.of(example("reform.appeals.report.published.v1"));
        assertEquals("MONTHLY", report.kind());
        assertEquals("2026-11", report.month());
        PublishedCalendarYear year = PublishedCalendarYear.of(example("reform.appeals.calendar.year-set.v1"));
        assertEquals(2026, year.year());
        assertEquals(new PublishedCalendarYear.Day(LocalDate.of(2026, 1, 1), true, "元旦"), year.days().get(0));
        assertThrows(InvalidEventException.class, () -> PublishedCalendarYear.of(changed(
                example("reform.appeals.calendar.year-set.v1"),
                d -> ((ObjectNode) d.path("days").path(0)).put("kind", "HALF"))));
    }

    @Test
    void notification_events_read_as_deliveries_and_notices() throws Exception {
        PublishedDelivery failed = PublishedDelivery.of(example("reform.notifications.delivery.failed.v1"));
        assertFalse(failed.sent());
        assertEquals(UUID.fromString("d8428926-ee64-4c55-a78c-69f34a26aca9"), failed.deliveryId());
        assertEquals("appeal-overdue", failed.rule().name());
        assertEquals(Boolean.TRUE, failed.permanent());
        PublishedDelivery sent = PublishedDelivery.of(example("reform.notifications.delivery.sent.v1"));
        assertTrue(sent.sent());
        assertNull(sent.permanent());
        PublishedSupervisionNotice notice = PublishedSupervisionNotice.of(example("reform.notifications.supervision.replied.v1"));
        assertEquals("督办〔2026〕1号", notice.number());
        assertEquals(LocalDate.of(2026, 12, 1), notice.replyDue());
        assertNull(notice.steps().escalatedAt());
        assertTrue(notice.repliedOnTime());
    }
}
