package org.reformhub.notifications.reminder.infrastructure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.reformhub.notifications.reminder.domain.Reminders;

/**
 * The reminders' read model (tracked_measure, tracked_appeal, reminder_run) in plain SQL: upserts that keep the
 * newest version, and the open items a run looks at.
 */
@ApplicationScoped
public class ReadModelRepository {

    private final EntityManager em;

    public ReadModelRepository(EntityManager em) {
        this.em = em;
    }

    public void measure(String programme, String code, String title, List<String> leadUnits, List<String> responsibleUnits,
                        boolean ongoing, LocalDate deadline, long version, boolean archived, Instant now) {
        em.createNativeQuery("insert into tracked_measure (programme, code, title, lead_units, responsible_units, ongoing,"
                        + " deadline, version, archived, updated_at) values (:programme, :code, :title, :leads, :units, :ongoing,"
                        + " :deadline, :version, :archived, :now)"
                        + " on conflict (programme, code) do update set title = excluded.title, lead_units = excluded.lead_units,"
                        + " responsible_units = excluded.responsible_units, ongoing = excluded.ongoing,"
                        + " deadline = excluded.deadline, version = excluded.version, archived = excluded.archived,"
                        + " updated_at = excluded.updated_at where tracked_measure.version <= excluded.version")
                .setParameter("programme", programme).setParameter("code", code).setParameter("title", cut(title, 500))
                .setParameter("leads", cut(String.join(",", leadUnits), 500))
                .setParameter("units", cut(String.join(",", responsibleUnits), 1000)).setParameter("ongoing", ongoing)
                .setParameter("deadline", deadline)
                .setParameter("version", version).setParameter("archived", archived).setParameter("now", now).executeUpdate();
    }

    /** Progress reporting's status of a measure the registry may not have announced yet: kept for when it does. */
    public void measureStatus(String programme, String code, String title, String status, String period, Instant now) {
        em.createNativeQuery("insert into tracked_measure (programme, code, title, lead_units, version, status, status_period,"
                        + " updated_at) values (:programme, :code, :title, '', -1, :status, :period, :now)"
                        + " on conflict (programme, code) do update set status = excluded.status,"
                        + " status_period = excluded.status_period, updated_at = excluded.updated_at"
                        + " where tracked_measure.status_period is null or excluded.status_period is null"
                        + " or excluded.status_period >= tracked_measure.status_period")
                .setParameter("programme", programme).setParameter("code", code).setParameter("title", cut(title, 500))
                .setParameter("status", status).setParameter("period", period).setParameter("now", now).executeUpdate();
    }

    public void appeal(String caseNumber, String uscc, String title, String leadUnit, String status, LocalDate dueDate,
                       Instant answeredAt, boolean rated, long version, Instant now) {
        em.createNativeQuery("insert into tracked_appeal (case_number, uscc, title, lead_unit, status, due_date, answered_at,"
                        + " rated, version, updated_at) values (:case, :uscc, :title, :lead, :status, :due, :answered, :rated,"
                        + " :version, :now) on conflict (case_number) do update set title = excluded.title,"
                        + " lead_unit = excluded.lead_unit, status = excluded.status, due_date = excluded.due_date,"
                        + " answered_at = excluded.answered_at, rated = excluded.rated, version = excluded.version,"
                        + " updated_at = excluded.updated_at where tracked_appeal.version <= excluded.version")
                .setParameter("case", caseNumber).setParameter("uscc", uscc).setParameter("title", cut(title, 500))
                .setParameter("lead", leadUnit).setParameter("status", status).setParameter("due", dueDate)
                .setParameter("answered", answeredAt == null ? null : Timestamp.from(answeredAt))
                .setParameter("rated", rated).setParameter("version", version).setParameter("now", now).executeUpdate();
    }

    public void reportDue(String programme, String period, boolean ongoing, LocalDate due) {
        em.createNativeQuery("insert into tracked_report_due (programme, period, ongoing, due_date) values (:programme, :period,"
                        + " :ongoing, :due) on conflict (programme, period, ongoing) do update set due_date = excluded.due_date")
                .setParameter("programme", programme).setParameter("period", period).setParameter("ongoing", ongoing)
                .setParameter("due", due).executeUpdate();
    }

    public void submitted(String programme, String code, String dept, String period) {
        em.createNativeQuery("insert into tracked_submission (programme, code, dept, period) values (:programme, :code, :dept,"
                        + " :period) on conflict do nothing")
                .setParameter("programme", programme).setParameter("code", code).setParameter("dept", dept)
                .setParameter("period", period).executeUpdate();
    }

    /** Reports due between today and {@code days} later that a responsible unit of an open measure has not submitted. */
    @SuppressWarnings("unchecked")
    public List<Reminders.OwedReport> reportsOwed(LocalDate today, int days) {
        List<Object[]> rows = em.createNativeQuery("""
                        select m.programme, m.code, m.title, u.dept, d.period, d.due_date
                          from tracked_report_due d
                          join tracked_measure m on m.programme = d.programme and m.ongoing = d.ongoing
                          cross join lateral unnest(string_to_array(m.responsible_units, ',')) as u(dept)
                         where d.due_date between :today and :until
                           and not m.archived and m.status <> 'COMPLETED' and m.version >= 0 and u.dept <> ''
                           and not exists (select 1 from tracked_submission s where s.programme = m.programme
                                           and s.code = m.code and s.dept = u.dept and s.period = d.period)""")
                .setParameter("today", today).setParameter("until", today.plusDays(days)).getResultList();
        return rows.stream().map(r -> new Reminders.OwedReport((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], toLocalDate(r[5]))).toList();
    }

    /** Measures that may still need a reminder: open, with a deadline within 30 days or past. */
    @SuppressWarnings("unchecked")
    public List<Reminders.TrackedMeasure> openMeasures(LocalDate today) {
        List<Object[]> rows = em.createNativeQuery("select programme, code, title, lead_units, deadline, archived, status"
                        + " from tracked_measure where not archived and status <> 'COMPLETED' and deadline is not null"
                        + " and deadline <= :horizon and version >= 0")
                .setParameter("horizon", today.plusDays(30)).getResultList();
        return rows.stream().map(r -> new Reminders.TrackedMeasure((String) r[0], (String) r[1], (String) r[2],
                Arrays.stream(((String) r[3]).split(",")).filter(s -> !s.isBlank()).toList(), toLocalDate(r[4]),
                (Boolean) r[5], (String) r[6])).toList();
    }

    /** Cases that may need a reminder: waiting for an answer past their due date, or answered and not rated. */
    @SuppressWarnings("unchecked")
    public List<Reminders.TrackedAppeal> appealsToRemind(LocalDate today) {
        List<Object[]> rows = em.createNativeQuery("select case_number, uscc, title, lead_unit, status, due_date, answered_at,"
                        + " rated from tracked_appeal where (status in ('ASSIGNED', 'SENT_BACK', 'REOPENED', 'ACCEPTED', 'SUBMITTED')"
                        + " and due_date < :today) or (status = 'ANSWERED' and not rated)")
                .setParameter("today", today).getResultList();
        return rows.stream().map(r -> new Reminders.TrackedAppeal((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], toLocalDate(r[5]), toInstant(r[6]), (Boolean) r[7])).toList();
    }

    /** A session's invitations; an older invitation arriving late never replaces a newer one. */
    public void session(java.util.UUID id, LocalDate heldOn, String place, String levelName, String title,
                        List<String> recipients, Instant invitedAt, Instant now) {
        em.createNativeQuery("insert into tracked_session (id, held_on, place, level_name, title, recipients, invited_at,"
                        + " updated_at) values (:id, :heldOn, :place, :level, :title, :recipients, :invitedAt, :now)"
                        + " on conflict (id) do update set held_on = excluded.held_on, place = excluded.place,"
                        + " level_name = excluded.level_name, title = excluded.title, recipients = excluded.recipients,"
                        + " invited_at = excluded.invited_at, updated_at = excluded.updated_at"
                        + " where tracked_session.invited_at <= excluded.invited_at")
                .setParameter("id", id).setParameter("heldOn", heldOn).setParameter("place", cut(place, 200))
                .setParameter("level", cut(levelName, 50)).setParameter("title", cut(title, 500))
                .setParameter("recipients", String.join(",", recipients)).setParameter("invitedAt", Timestamp.from(invitedAt))
                .setParameter("now", now).executeUpdate();
    }

    /** The sessions held on {@code day} that invited someone. */
    @SuppressWarnings("unchecked")
    public List<Reminders.TrackedSession> sessionsOn(LocalDate day) {
        List<Object[]> rows = em.createNativeQuery("select id, held_on, place, level_name, title, recipients from tracked_session"
                + " where held_on = :day and recipients <> ''").setParameter("day", day).getResultList();
        return rows.stream().map(r -> new Reminders.TrackedSession(r[0].toString(), toLocalDate(r[1]), (String) r[2],
                (String) r[3], (String) r[4], Arrays.asList(((String) r[5]).split(",")))).toList();
    }

    /**
     * The day's lease: true for the one run (of all instances) that gets it. A run that started long ago and never
     * finished (its instance died) leaves the lease to the next one.
     */
    public boolean claimDay(LocalDate day, Instant now, java.time.Duration lease) {
        return em.createNativeQuery("insert into reminder_run (day, started_at) values (:day, :now) on conflict (day) do update"
                        + " set started_at = excluded.started_at where reminder_run.finished_at is null"
                        + " and reminder_run.started_at < :expired")
                .setParameter("day", day).setParameter("now", now).setParameter("expired", now.minus(lease))
                .executeUpdate() == 1;
    }

    public void finishDay(LocalDate day, Instant now) {
        em.createNativeQuery("update reminder_run set finished_at = :now where day = :day").setParameter("day", day)
                .setParameter("now", now).executeUpdate();
    }

    private static LocalDate toLocalDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((Date) value).toLocalDate();
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
