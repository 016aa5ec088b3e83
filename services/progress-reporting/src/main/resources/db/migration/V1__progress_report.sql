create table progress_report (
    id            uuid          primary key,
    measure_code  varchar(20)   not null,
    dept          varchar(50)   not null,
    period        varchar(7)    not null,
    summary       text          not null,
    submitted_at  timestamptz   not null
);
create index progress_report_dept on progress_report (dept, submitted_at desc);
