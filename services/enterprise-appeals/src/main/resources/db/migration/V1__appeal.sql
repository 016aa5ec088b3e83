create table appeal (
    id        uuid          primary key,
    uscc      varchar(18)   not null,
    title     varchar(500)  not null,
    status    varchar(30)   not null,
    filed_at  timestamptz   not null
);
create index appeal_uscc on appeal (uscc, filed_at desc);
