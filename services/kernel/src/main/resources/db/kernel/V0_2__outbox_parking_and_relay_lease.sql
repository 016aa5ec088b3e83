-- An event the broker can never take (too large, rejected) is parked with its reason instead of blocking
-- the events behind it; admins list and retry parked events.
alter table outbox_event
    add column parked_at    timestamptz,
    add column park_reason  varchar(1000);
drop index outbox_event_pending;
create index outbox_event_pending on outbox_event (seq) where published_at is null and parked_at is null;
create index outbox_event_parked on outbox_event (seq) where parked_at is not null;

-- One relay publishes at a time across a service's instances: whoever holds an unexpired lease. The relay
-- holds no database transaction while it waits for Kafka (a broker restart must not time one out).
create table outbox_relay_lease (
    id      integer       primary key check (id = 1),
    holder  varchar(200)  not null,
    until   timestamptz   not null
);
insert into outbox_relay_lease (id, holder, until) values (1, '', '-infinity');
