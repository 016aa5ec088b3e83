-- Files of cases, 每月面对面 sessions, reports to the city government, links to reform measures.

-- step actions grew (TIME_LIMIT_SET, TAGGED)
alter table appeal_step alter column action type varchar(20);

-- bytes live on disk (kernel AttachmentStore, by SHA-256); the row says what and whose
create table appeal_attachment (
    id           uuid          primary key,
    appeal_id    uuid          not null references appeal (id),
    file_name    varchar(200)  not null,
    media_type   varchar(100)  not null,
    size         bigint        not null,
    sha256       varchar(64)   not null,
    uploaded_by  varchar(200)  not null,
    uploaded_at  timestamptz   not null
);
create index appeal_attachment_appeal on appeal_attachment (appeal_id);

create table face_to_face_session (
    id          uuid          primary key,
    held_on     date          not null,
    level       varchar(30)   not null,
    title       varchar(200)  not null,
    hosts       jsonb         not null,
    units       jsonb         not null,
    summary     text,
    created_by  varchar(200)  not null,
    created_at  timestamptz   not null,
    closed_at   timestamptz,
    version     bigint        not null
);
create index face_to_face_session_held_on on face_to_face_session (held_on desc);
create table session_agenda_item (
    session_id      uuid          not null references face_to_face_session (id),
    seq             int           not null,
    case_number     varchar(20)   not null,
    title           varchar(200)  not null,
    reason          varchar(12)   not null,
    outcome         varchar(16),
    unit            varchar(40),
    note            text,
    committed_date  date,
    primary key (session_id, seq)
);

-- a published report is frozen: the Word document as sent is kept (on disk, by SHA-256)
create table city_report (
    id            uuid          primary key,
    kind          varchar(10)   not null,
    month         varchar(7),
    title         varchar(200)  not null,
    summary       text,
    case_numbers  jsonb         not null,
    file_name     varchar(200)  not null,
    media_type    varchar(100)  not null,
    size          bigint        not null,
    sha256        varchar(64)   not null,
    uploaded_by   varchar(200)  not null,
    uploaded_at   timestamptz   not null
);
create index city_report_published on city_report (uploaded_at desc);

-- measures as the registry announced them (reform.registry), and the cases tagged with them
create table known_measure (
    programme   varchar(40)  not null,
    code        varchar(20)  not null,
    title       text         not null,
    domain      varchar(100) not null,
    match_text  text         not null,
    lead_units  jsonb        not null,
    archived    boolean      not null,
    version     bigint       not null,
    primary key (programme, code)
);
alter table appeal add column measures jsonb not null default '[]';
create index appeal_measures on appeal using gin (measures jsonb_path_ops);
