-- The reference warehouse: a star schema built from the platform's events alone (docs/warehouse.md).
-- Keys are the platform's own identifiers (a department's code, a measure's programme/code, a case number, an
-- event id), never sequences: a rebuild from offset 0 gives the same rows, and a fact needs no dimension lookup.
-- Nothing here records when the loader ran, for the same reason.

-- ---- dimensions ------------------------------------------------------------------------------------------------

-- one row per day; working-day flags from the holiday calendar (reform.appeals.calendar.year-set.v1), weekends only
-- for a year whose notice has not been announced (calendar_known = false)
create table dim_date (
    date_key                 integer      primary key,           -- yyyymmdd
    day                      date         not null unique,
    year                     smallint     not null,
    quarter                  smallint     not null,
    month                    smallint     not null,
    year_month               char(7)      not null,              -- 2026-11
    year_quarter             char(7)      not null,              -- 2026-Q4
    iso_week                 smallint     not null,
    day_of_week              smallint     not null,              -- 1 = Monday … 7 = Sunday
    is_weekend               boolean      not null,
    is_working_day           boolean      not null,              -- 工作日: weekdays, minus holidays, plus 调休 days
    is_adjusted_working_day  boolean      not null default false, -- a weekend day worked (调休上班)
    holiday                  varchar(100),                        -- the holiday a day off belongs to
    calendar_known           boolean      not null default false
);

-- the holiday notices the loader has applied to dim_date (the newest announcement of a year wins)
create table calendar_year (
    year      smallint     primary key,
    set_at    timestamptz  not null,
    days      jsonb        not null
);

create table dim_programme (
    programme_code   varchar(40)   primary key,
    title            varchar(300)  not null,
    issuing_body     varchar(200),
    document_number  varchar(100),
    issued_on        date,
    status           varchar(20)   not null,
    created_at       timestamptz   not null,
    version          bigint        not null
);

-- departments (责任单位 / 承办单位): from the registry's department events, and — for departments the registry never
-- announced — from the units named in measures (code and name) and in reports, appeals and notices (code only)
create table dim_department (
    dept_code      varchar(40)   primary key,
    name           varchar(200),
    kind           varchar(40),
    merged_into    varchar(40),
    needs_review   boolean,
    announced      boolean       not null,   -- true: from a department event (wins over names read from measures)
    as_of          timestamptz   not null,   -- the time of the fact that gave the name
    version        bigint        not null
);

create table dim_measure (
    measure_key        varchar(100)  primary key,   -- <programme>/<code>, as the events' keys
    programme_code     varchar(40)   not null,
    code               varchar(40)   not null,
    list               varchar(20)   not null,      -- REPLICATE 复制推广 / REFERENCE 借鉴
    domain             varchar(100)  not null,      -- 开办企业, 办理建筑许可, …
    title              varchar(500)  not null,
    lead_units         text[]        not null,      -- department codes
    cooperating_units  text[]        not null,
    deadline_kind      varchar(20),                 -- DATE / ONGOING (持续推进)
    deadline           date,
    stated_status      varchar(20)   not null,      -- as the official table stated it
    archived           boolean       not null,
    created_at         timestamptz   not null,
    version            bigint        not null
);
create index dim_measure_programme on dim_measure (programme_code);

create table dim_appeal_category (
    category_code  varchar(40)   primary key,
    name           varchar(100),
    as_of          timestamptz   not null
);

-- ---- facts -------------------------------------------------------------------------------------------------------

-- one row per progress report, its latest state
create table fact_progress_report (
    report_id           uuid          primary key,
    measure_key         varchar(100)  not null,
    programme_code      varchar(40)   not null,
    dept_code           varchar(40)   not null,
    kind                varchar(20)   not null,   -- CONSOLIDATED (lead unit) / CONTRIBUTION (cooperating unit)
    source              varchar(20)   not null,   -- REPORTED / IMPORTED (from the table's 备注)
    period              varchar(20)   not null,
    due_date            date          not null,
    due_date_key        integer       not null,
    status              varchar(20)   not null,
    claimed_status      varchar(20)   not null,
    on_time             boolean,
    times_returned      integer       not null,
    created_at          timestamptz   not null,
    first_submitted_at  timestamptz,
    submitted_at        timestamptz,
    reviewed_at         timestamptz,
    reviewed_by         varchar(100),
    version             bigint        not null
);
create index fact_progress_report_dept on fact_progress_report (dept_code);

-- one row per approved change of a measure's official status
create table fact_measure_status_change (
    event_id           varchar(200)  primary key,
    measure_key        varchar(100)  not null,
    programme_code     varchar(40)   not null,
    previous_status    varchar(20),
    status             varchar(20)   not null,
    period             varchar(20)   not null,
    report_id          uuid          not null,
    approved_at        timestamptz   not null,
    approved_date_key  integer       not null
);
create index fact_measure_status_change_measure on fact_measure_status_change (measure_key, approved_at);

create table fact_kpi_value (
    event_id         varchar(200)   primary key,
    measure_key      varchar(100)   not null,
    report_id        uuid           not null,
    period           varchar(20)    not null,
    name             varchar(200)   not null,
    unit             varchar(40)    not null,
    baseline         numeric,
    target           numeric,
    value            numeric        not null,
    previous_value   numeric,
    recorded_at      timestamptz    not null,
    recorded_date_key integer       not null
);

-- 催报: a report not in by its due date
create table fact_missing_report (
    event_id          varchar(200)  primary key,
    measure_key       varchar(100)  not null,
    dept_code         varchar(40)   not null,
    period            varchar(20)   not null,
    due_date          date          not null,
    days_late         integer       not null,
    detected_on       date          not null,
    detected_date_key integer       not null
);

-- one row per case (诉求), its latest state, with the time of every stage
create table fact_appeal (
    case_number        varchar(40)   primary key,
    appeal_id          uuid          not null,
    category_code      varchar(40)   not null,
    lead_unit          varchar(40),
    cooperating_units  text[]        not null,
    district           varchar(100)  not null,
    channel            varchar(30)   not null,
    urgent             boolean       not null,
    supervised         boolean       not null,
    status             varchar(20)   not null,
    time_limit_days    integer       not null,   -- in 工作日
    due_date           date          not null,
    filed_at           timestamptz   not null,
    filed_date_key     integer       not null,
    accepted_at        timestamptz,
    assigned_at        timestamptz,
    answered_at        timestamptz,
    answered_date_key  integer,
    answered_on_time   boolean,
    outcome            varchar(30),
    committed_date     date,
    rating             varchar(30),
    rating_score       smallint,                 -- 5 非常满意 … 1 非常不满意
    rated_at           timestamptz,
    closed_at          timestamptz,
    reopen_count       integer       not null,
    duplicate_of       varchar(40),
    measures           text[]        not null,   -- the reform measures the case was tagged with
    version            bigint        not null
);
create index fact_appeal_lead_unit on fact_appeal (lead_unit);
create index fact_appeal_filed on fact_appeal (filed_date_key);

-- one row per rating an enterprise gave (a reopened case can be rated again)
create table fact_appeal_rating (
    event_id        varchar(200)  primary key,
    case_number     varchar(40)   not null,
    lead_unit       varchar(40),
    category_code   varchar(40)   not null,
    rating          varchar(30)   not null,
    rating_score    smallint      not null,
    satisfied       boolean       not null,   -- 非常满意, 满意, 基本满意
    rated_at        timestamptz   not null,
    rated_date_key  integer       not null,
    filed_at        timestamptz   not null
);

-- one row per delivery outcome (sent, or failed for good)
create table fact_notification_delivery (
    event_id           varchar(200)  primary key,
    delivery_id        uuid          not null,
    outcome            varchar(10)   not null,   -- SENT / FAILED
    channel            varchar(20)   not null,
    recipient          varchar(200)  not null,
    rule               varchar(100)  not null,
    category           varchar(30)   not null,
    severity           varchar(20)   not null,
    source_event_type  varchar(200)  not null,
    attempts           integer       not null,
    permanent          boolean,
    happened_at        timestamptz   not null,
    date_key           integer       not null
);

-- 督办单: one row per notice, its latest state
create table fact_supervision_notice (
    notice_id         uuid          primary key,
    number            varchar(40)   not null,
    subject_kind      varchar(20)   not null,
    subject_ref       varchar(100)  not null,
    dept_code         varchar(40)   not null,
    status            varchar(20)   not null,
    reply_due         date          not null,
    issued_at         timestamptz   not null,
    issued_date_key   integer       not null,
    acknowledged_at   timestamptz,
    replied_at        timestamptz,
    escalated_at      timestamptz,
    replied_on_time   boolean       not null,
    as_of             timestamptz   not null
);

-- ---- what the loader keeps about itself ------------------------------------------------------------------------

-- the next offset to read per partition, written in the transaction of the rows it loaded
create table load_offset (
    topic        varchar(200)  not null,
    partition    integer       not null,
    next_offset  bigint        not null,
    primary key (topic, partition)
);

-- events of types this loader does not know (newer producers add types): counted, not loaded
create table load_skipped_type (
    event_type  varchar(200)  primary key,
    events      bigint        not null
);

-- records that could not be read (not CloudEvents, or a known type without a field it cannot do without): parked
-- with their position, so one bad record does not stop a partition
create table load_rejected (
    topic        varchar(200)  not null,
    partition    integer       not null,
    record_offset bigint       not null,
    event_id     varchar(200),
    event_type   varchar(200),
    error        varchar(1000) not null,
    value        text,
    primary key (topic, partition, record_offset)
);

-- ---- views the questions start from ------------------------------------------------------------------------------

-- a measure's responsible units, one row per unit and role
create view measure_responsibility as
select m.measure_key, m.programme_code, u.dept_code, 'LEAD' as role
from dim_measure m, unnest(m.lead_units) as u(dept_code)
union all
select m.measure_key, m.programme_code, u.dept_code, 'COOPERATING' as role
from dim_measure m, unnest(m.cooperating_units) as u(dept_code);

-- a measure's official status now: its latest approved change (NOT_STARTED when none), and how many days it is past
-- its deadline today (Asia/Shanghai) when it is not completed
create view measure_status_now as
select m.measure_key, m.programme_code, m.code, m.domain, m.deadline_kind, m.deadline,
       coalesce(s.status, 'NOT_STARTED') as status, s.approved_at as status_since,
       case when m.deadline_kind = 'DATE' and m.deadline < (now() at time zone 'Asia/Shanghai')::date
                 and coalesce(s.status, 'NOT_STARTED') <> 'COMPLETED'
            then (now() at time zone 'Asia/Shanghai')::date - m.deadline end as days_overdue
from dim_measure m
left join lateral (
    select c.status, c.approved_at from fact_measure_status_change c
    where c.measure_key = m.measure_key
    order by c.approved_at desc, c.event_id desc limit 1) s on true
where not m.archived;
