-- 企业直通车 proper: the category catalogue, the working-day calendar, appeals with their history, case numbers.

-- the skeleton's table held no data of value
drop table appeal;

create table category (
    code                    varchar(30)  primary key,
    name                    varchar(50)  not null,
    default_unit            varchar(40)  not null,
    time_limit_days         int          not null check (time_limit_days between 1 and 60),
    urgent_time_limit_days  int          not null check (urgent_time_limit_days between 1 and 60),
    active                  boolean      not null,
    version                 bigint       not null
);
insert into category (code, name, default_unit, time_limit_days, urgent_time_limit_days, active, version) values
  ('financing',   '融资信贷', 'jrj',  10, 5, true, 0),
  ('land',        '用地用房', 'zrzy', 15, 7, true, 0),
  ('employment',  '用工社保', 'gq',   10, 5, true, 0),
  ('approval',    '审批服务', 'zwsj', 10, 3, true, 0),
  ('policy',      '政策兑现', 'fgj',  10, 5, true, 0),
  ('utilities',   '水电气',   'gdj',  7,  3, true, 0),
  ('tax',         '税费',     'swj',  7,  3, true, 0),
  ('legal',       '法律纠纷', 'sfj',  15, 7, true, 0),
  ('market',      '市场监管', 'scjg', 10, 5, true, 0),
  ('other',       '其他',     'gq',   10, 5, true, 0);

-- the State Council's holiday notices (deploy/seed/cn-public-holidays.md); later years are loaded through the API
create table calendar_year (
    year       int          primary key,
    loaded_at  timestamptz  not null
);
create table calendar_day (
    day      date         primary key,
    kind     varchar(4)   not null check (kind in ('OFF', 'WORK')),
    holiday  varchar(20)  not null
);
insert into calendar_year (year, loaded_at) values (2025, now()), (2026, now());
insert into calendar_day (day, kind, holiday)
select d::date, 'OFF', h from (values
  ('2025-01-01', '2025-01-01', '元旦'), ('2025-01-28', '2025-02-04', '春节'), ('2025-04-04', '2025-04-06', '清明节'),
  ('2025-05-01', '2025-05-05', '劳动节'), ('2025-05-31', '2025-06-02', '端午节'), ('2025-10-01', '2025-10-08', '国庆节、中秋节'),
  ('2026-01-01', '2026-01-03', '元旦'), ('2026-02-15', '2026-02-23', '春节'), ('2026-04-04', '2026-04-06', '清明节'),
  ('2026-05-01', '2026-05-05', '劳动节'), ('2026-06-19', '2026-06-21', '端午节'), ('2026-09-25', '2026-09-27', '中秋节'),
  ('2026-10-01', '2026-10-07', '国庆节')
) as holiday(first, last, h), generate_series(first::date, last::date, interval '1 day') d;
insert into calendar_day (day, kind, holiday) values
  ('2025-01-26', 'WORK', '春节'), ('2025-02-08', 'WORK', '春节'), ('2025-04-27', 'WORK', '劳动节'),
  ('2025-09-28', 'WORK', '国庆节、中秋节'), ('2025-10-11', 'WORK', '国庆节、中秋节'),
  ('2026-01-04', 'WORK', '元旦'), ('2026-02-14', 'WORK', '春节'), ('2026-02-28', 'WORK', '春节'),
  ('2026-05-09', 'WORK', '劳动节'), ('2026-09-20', 'WORK', '国庆节'), ('2026-10-10', 'WORK', '国庆节');

-- case numbers ZTC-yyyyMM-nnnnn: the counter row is locked until the filing commits, so numbers have no gaps
create table case_counter (
    month  varchar(6)  primary key,
    last   int         not null
);

create table appeal (
    id                 uuid          primary key,
    case_number        varchar(20)   not null unique,
    uscc               varchar(18)   not null,
    enterprise_name    varchar(200)  not null,
    contact_person     varchar(50)   not null,
    phone              varchar(30)   not null,
    email              varchar(200),
    category           varchar(30)   not null references category (code),
    urgent             boolean       not null,
    title              varchar(200)  not null,
    description        text          not null,
    district           varchar(30)   not null,
    channel            varchar(25)   not null,
    filed_by           varchar(200)  not null,
    status             varchar(12)   not null,
    lead_unit          varchar(40),
    cooperating_units  jsonb         not null,
    time_limit_days    int           not null,
    filed_at           timestamptz   not null,
    due_date           date          not null,
    accepted_at        timestamptz,
    assigned_at        timestamptz,
    outcome            varchar(20),
    answer             text,
    committed_date     date,
    answered_at        timestamptz,
    answered_on_time   boolean,
    rating             varchar(20),
    rating_comment     text,
    rated_at           timestamptz,
    reopen_count       int           not null,
    closed_at          timestamptz,
    updated_at         timestamptz   not null,
    version            bigint        not null
);
create index appeal_uscc on appeal (uscc, filed_at desc);
create index appeal_lead_unit on appeal (lead_unit, status);
create index appeal_cooperating on appeal using gin (cooperating_units jsonb_path_ops);
create index appeal_open_due on appeal (due_date) where status not in ('REJECTED', 'CLOSED');

create table appeal_step (
    appeal_id    uuid          not null references appeal (id),
    seq          int           not null,
    action       varchar(12)   not null,
    status_after varchar(12)   not null,
    actor        varchar(200)  not null,
    actor_dept   varchar(40),
    at           timestamptz   not null,
    note         text,
    primary key (appeal_id, seq)
);
