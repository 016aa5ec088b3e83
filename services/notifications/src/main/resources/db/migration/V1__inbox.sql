create table inbox_message (
    id               uuid          primary key,
    recipient_dept   varchar(50)   not null,
    title            varchar(500)  not null,
    body             text          not null,
    source_event_id  varchar(200)  not null,
    created_at       timestamptz   not null,
    read_at          timestamptz
);
create index inbox_message_recipient on inbox_message (recipient_dept, created_at desc);
