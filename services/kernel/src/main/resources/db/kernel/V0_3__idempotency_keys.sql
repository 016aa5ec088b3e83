-- A retried POST with the same Idempotency-Key gets the first request's result instead of doing it twice.
create table idempotency_key (
    scope        varchar(300)  not null,
    key          varchar(200)  not null,
    fingerprint  varchar(64)   not null,
    result       varchar(200)  not null,
    created_at   timestamptz   not null,
    primary key (scope, key)
);
create index idempotency_key_age on idempotency_key (created_at);
