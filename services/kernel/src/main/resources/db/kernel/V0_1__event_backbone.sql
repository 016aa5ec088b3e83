-- Shared by every service (kernel): the transactional outbox and the processed-event log.

create table outbox_event (
    seq           bigint generated always as identity primary key,
    event_id      uuid         not null unique,
    topic         varchar(200) not null,
    aggregate_id  varchar(200) not null,
    event_type    varchar(200) not null,
    envelope      text         not null,
    created_at    timestamptz  not null,
    published_at  timestamptz,
    attempts      integer      not null default 0,
    last_error    varchar(1000)
);
-- the relay reads only what is pending, in order
create index outbox_event_pending on outbox_event (seq) where published_at is null;

create table processed_event (
    consumer      varchar(200) not null,
    event_id      varchar(200) not null,
    event_type    varchar(200) not null,
    processed_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);
