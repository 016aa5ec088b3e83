-- Notifications from every service's events, for departments, the supervision office, enterprises and users.
create table notification (
    seq                bigint        generated always as identity primary key,
    id                 uuid          not null unique,
    -- DEPARTMENT:<code>, SUPERVISORS:*, ENTERPRISE:<uscc>, USER:<subject>
    recipient_key      varchar(120)  not null,
    rule               varchar(60)   not null,
    category           varchar(20)   not null,
    severity           varchar(10)   not null,
    title              varchar(500)  not null,
    body               text          not null,
    link               varchar(300),
    source_event_id    varchar(200)  not null,
    source_event_type  varchar(200)  not null,
    created_at         timestamptz   not null,
    read_at            timestamptz,
    -- one event, one rule, one recipient, one channel: a redelivered event never notifies twice
    unique (source_event_id, rule, recipient_key)
);
create index notification_recipient on notification (recipient_key, seq desc);
create index notification_unread on notification (recipient_key) where read_at is null;

-- the walking skeleton's department inbox becomes notifications of the measure-assigned rule
insert into notification (id, recipient_key, rule, category, severity, title, body, source_event_id, source_event_type,
                          created_at, read_at)
select id, 'DEPARTMENT:' || recipient_dept, 'measure-assigned', 'measure', 'INFO', title, body, source_event_id,
       'reform.registry.measure.created.v1', created_at, read_at
from inbox_message
on conflict do nothing;
drop table inbox_message;
