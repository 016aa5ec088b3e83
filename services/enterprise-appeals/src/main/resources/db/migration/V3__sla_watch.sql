-- SLA watch: a warning at 80 % of the time limit and 督办 when it passes, each once per due date.
alter table appeal
    add column supervised      boolean  not null default false,
    add column sla_warned_for  date,
    add column overdue_for     date;
create index appeal_answered on appeal (answered_at) where status = 'ANSWERED';
