-- E-mail and webhook deliveries, the department catalogue they are addressed from, preferences, template
-- versions, the reminders' read model and supervision notices (督办单).

-- The department catalogue as the registry announces it (name, contact e-mail), plus what only this service keeps:
-- the head contact (督办 escalation) and the department's webhook (its SMS / WeCom / DingTalk gateway).
create table department_contact (
    code            varchar(50)   primary key,
    name            varchar(200)  not null,
    email           varchar(254),
    merged_into     varchar(50),
    head_email      varchar(254),
    webhook_url     varchar(500),
    webhook_secret  varchar(200),
    updated_at      timestamptz   not null
);

-- One message to one address through one channel. The idempotency key (event, rule, recipient, channel) makes a
-- redelivered event a no-op; the status walks PENDING → SENT, or RETRYING (backoff) → FAILED.
create table delivery (
    id                 uuid          primary key,
    notification_id    uuid,
    recipient_key      varchar(120)  not null,
    channel            varchar(10)   not null,
    address            varchar(500)  not null,
    rule               varchar(60)   not null,
    category           varchar(20)   not null,
    severity           varchar(10)   not null,
    subject            varchar(500)  not null,
    body               text          not null,
    template_version   int           not null,
    source_event_id    varchar(200)  not null,
    source_event_type  varchar(200)  not null,
    status             varchar(16)   not null,
    attempts           int           not null default 0,
    not_before         timestamptz   not null,
    last_error         varchar(500),
    digest_id          uuid,
    created_at         timestamptz   not null,
    sent_at            timestamptz,
    unique (source_event_id, rule, recipient_key, channel)
);
create index delivery_due on delivery (not_before) where status in ('PENDING', 'RETRYING');
create index delivery_digest on delivery (recipient_key) where status = 'DIGEST';
create index delivery_failed on delivery (created_at desc) where status = 'FAILED';

-- A user's, a department's or an enterprise's choices (owner: a recipient key).
create table preference (
    owner_key    varchar(120)  primary key,
    email        varchar(254),
    -- "category:channel" pairs switched off, comma-separated (e.g. report:EMAIL,appeal:WEBHOOK)
    muted        varchar(500)  not null default '',
    quiet_from   time,
    quiet_until  time,
    daily_digest boolean       not null default false,
    updated_at   timestamptz   not null
);

-- Every wording ever used: a new text is a new version; messages keep the version they were rendered with.
create table template_version (
    channel     varchar(10)   not null,
    rule        varchar(60)   not null,
    version     int           not null,
    origin      varchar(10)   not null,
    checksum    varchar(64)   not null,
    text        text          not null,
    created_at  timestamptz   not null,
    created_by  varchar(200),
    primary key (channel, rule, version)
);
alter table notification add column template_version int not null default 1;

-- The reminders' read model, fed by events.
create table tracked_measure (
    programme    varchar(40)   not null,
    code         varchar(10)   not null,
    title        varchar(500)  not null,
    lead_units   varchar(500)  not null,
    -- lead and cooperating units: each owes a report per period
    responsible_units varchar(1000) not null default '',
    ongoing      boolean       not null default false,
    deadline     date,
    -- the registry's version: an older event arriving late changes nothing
    version      bigint        not null,
    archived     boolean       not null default false,
    -- progress reporting's status (COMPLETED ends the reminders) and the period it was reported for: a status
    -- of an earlier period arriving late changes nothing
    status       varchar(20)   not null default 'NOT_STARTED',
    status_period varchar(7),
    updated_at   timestamptz   not null,
    primary key (programme, code)
);
create table tracked_appeal (
    case_number  varchar(40)   primary key,
    uscc         varchar(18)   not null,
    title        varchar(500)  not null,
    lead_unit    varchar(50),
    status       varchar(20)   not null,
    due_date     date,
    answered_at  timestamptz,
    rated        boolean       not null default false,
    version      bigint        not null,
    updated_at   timestamptz   not null
);
-- progress reporting's announced due dates (report.due) and the reports units submitted (report.submitted)
create table tracked_report_due (
    programme    varchar(40)   not null,
    period       varchar(7)    not null,
    ongoing      boolean       not null,
    due_date     date          not null,
    primary key (programme, period, ongoing)
);
create table tracked_submission (
    programme    varchar(40)   not null,
    code         varchar(10)   not null,
    dept         varchar(50)   not null,
    period       varchar(7)    not null,
    primary key (programme, code, dept, period)
);
-- one row per reminder run and day: two instances never remind twice (the row is the lease)
create table reminder_run (
    day          date          primary key,
    started_at   timestamptz   not null,
    finished_at  timestamptz
);

-- 督办单: a supervisor's formal notice to a unit, acknowledged and answered in the inbox, escalated when unanswered.
create table supervision_notice (
    id              uuid          primary key,
    number          varchar(30)   not null unique,
    subject_kind    varchar(10)   not null,
    subject_ref     varchar(60)   not null,
    dept            varchar(50)   not null,
    reason          text          not null,
    reply_due       date          not null,
    status          varchar(16)   not null,
    issued_by       varchar(200)  not null,
    issued_at       timestamptz   not null,
    acknowledged_at timestamptz,
    acknowledged_by varchar(200),
    reply           text,
    replied_at      timestamptz,
    replied_by      varchar(200),
    escalated_at    timestamptz,
    version         int           not null default 0
);
create index supervision_notice_dept on supervision_notice (dept, issued_at desc);
create sequence supervision_notice_number;
