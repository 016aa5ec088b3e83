-- Programmes (改革批次): one per task-division table. A measure's code is unique only within its programme.
create table programme (
    code             varchar(40)   primary key,
    title            varchar(300)  not null,
    issuing_body     varchar(200),
    document_number  varchar(100),
    issued_on        date,
    status           varchar(20)   not null default 'ACTIVE' check (status in ('ACTIVE', 'CLOSED')),
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    version          bigint        not null default 0
);

-- Measures registered before programmes existed came from the seed table: they move into its programme.
insert into programme (code, title)
select '${seedProgramme}', '贯彻落实《我省形成在全省复制推广借鉴的优化营商环境改革举措清单》任务分工表'
where exists (select 1 from measure);

alter table measure add column programme varchar(40);
update measure set programme = '${seedProgramme}';
alter table measure alter column programme set not null;

alter table measure_change add column programme varchar(40);
update measure_change set programme = '${seedProgramme}';
alter table measure_change alter column programme set not null;

alter table measure_change drop constraint measure_change_measure_code_fkey;
alter table measure drop constraint measure_pkey;
alter table measure add primary key (programme, code);
alter table measure add constraint measure_programme_fkey foreign key (programme) references programme (code);
alter table measure_change add constraint measure_change_measure_fkey
    foreign key (programme, measure_code) references measure (programme, code);
drop index measure_change_code;
create index measure_change_measure on measure_change (programme, measure_code, id);
