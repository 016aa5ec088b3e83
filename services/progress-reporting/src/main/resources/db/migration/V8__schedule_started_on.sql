-- The day a programme's default schedule started: a programme that starts after its first month's due day
-- reports that month by the next due day instead of being refused (or late) for it. Null: set explicitly.
alter table reporting_schedule add column started_on date;
