-- Dashboards read these per programme (bench/progress-dashboards.sh): index-only where the rows are many.
drop index progress_report_returned;
create index progress_report_returned on progress_report (programme, code) where status = 'RETURNED';
drop index report_obligation_open;
create index report_obligation_open on report_obligation (programme, due_date) include (code) where first_submitted_at is null;
-- reports ever returned, per programme and unit: what scorecards sum
create index progress_report_times_returned on progress_report (programme, dept) include (times_returned) where times_returned > 0;
-- what changed last in a programme: the dashboards' cache key (Dashboards)
create index progress_report_programme_updated on progress_report (programme, updated_at);
create index tracked_measure_programme_updated on tracked_measure (programme, updated_at);
