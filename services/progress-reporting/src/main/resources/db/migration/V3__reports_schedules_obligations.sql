-- Progress reporting proper: what the registry says about measures and programmes, each measure's official
-- status, reporting schedules, reports with their history, and the obligations the daily scan checks.

alter table tracked_measure
    add column practice              text         not null default '',
    add column deadline_text         varchar(100),
    add column kpis                  jsonb        not null default '[]',
    add column registered_at         timestamptz  not null default now(),
    add column official_status       varchar(20),
    add column status_period         varchar(7),
    add column status_period_due     date,
    add column status_narrative      text,
    add column status_kpis           jsonb,
    add column status_report_id      uuid,
    add column status_approved_at    timestamptz,
    add column overdue_announced_for date;
create index tracked_measure_programme on tracked_measure (programme) where not archived;

create table tracked_programme (
    code              varchar(40)   primary key,
    title             varchar(300)  not null,
    status            varchar(10)   not null,
    registry_version  bigint        not null,
    updated_at        timestamptz   not null
);

create table reporting_schedule (
    programme          varchar(40)  primary key,
    frequency          varchar(10)  not null,
    ongoing_frequency  varchar(10)  not null,
    due_day            int          not null check (due_day between 1 and 31),
    first_month        varchar(7)   not null,
    updated_at         timestamptz  not null,
    version            bigint       not null
);

-- the skeleton's table held no data of value
drop table progress_report;
create table progress_report (
    id                     uuid          primary key,
    programme              varchar(40)   not null,
    code                   varchar(20)   not null,
    dept                   varchar(50)   not null,
    period                 varchar(7)    not null,
    due_date               date          not null,
    kind                   varchar(15)   not null,
    source                 varchar(10)   not null,
    status                 varchar(10)   not null,
    claimed_status         varchar(15)   not null,
    narrative              text          not null,
    work_items             jsonb         not null,
    kpis                   jsonb         not null,
    problems               text          not null,
    support_needed         jsonb         not null,
    next_steps             text          not null,
    consolidated_parts     jsonb         not null,
    return_reason          text,
    times_returned         int           not null,
    support_waiting_since  timestamptz,
    created_by             varchar(200)  not null,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    first_submitted_at     timestamptz,
    submitted_at           timestamptz,
    reviewed_at            timestamptz,
    reviewed_by            varchar(200),
    version                bigint        not null
);
-- one report per unit, measure and period (the imported one stands apart)
create unique index progress_report_one_per_period on progress_report (programme, code, dept, period) where source = 'REPORTED';
create index progress_report_measure on progress_report (programme, code, period desc);
create index progress_report_dept on progress_report (dept, updated_at desc);
create index progress_report_returned on progress_report (programme) where status = 'RETURNED';
create index progress_report_support on progress_report (programme) where support_waiting_since is not null;

create table report_step (
    report_id    uuid          not null references progress_report (id),
    seq          int           not null,
    action       varchar(20)   not null,
    status_after varchar(10)   not null,
    actor        varchar(200)  not null,
    actor_dept   varchar(50),
    at           timestamptz   not null,
    note         text,
    primary key (report_id, seq)
);

-- who owes a report for which period (written by the daily scan and when a report is started)
create table report_obligation (
    programme           varchar(40)  not null,
    code                varchar(20)  not null,
    dept                varchar(50)  not null,
    period              varchar(7)   not null,
    due_date            date         not null,
    report_id           uuid,
    first_submitted_at  timestamptz,
    missing_announced   boolean      not null default false,
    primary key (programme, code, dept, period)
);
create index report_obligation_dept on report_obligation (dept, programme, due_date);
create index report_obligation_open on report_obligation (programme, due_date) where first_submitted_at is null;

-- the daily scan runs once a day whatever the number of instances
create table daily_scan (
    day         date         primary key,
    started_at  timestamptz  not null,
    finished_at timestamptz
);
