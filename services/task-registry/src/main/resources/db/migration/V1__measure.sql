create table measure (
    code               varchar(20)  primary key,
    list               varchar(20)  not null,
    domain             varchar(100) not null,
    title              varchar(500) not null,
    lead_units         jsonb        not null,
    cooperating_units  jsonb        not null,
    deadline           jsonb        not null,
    created_at         timestamptz  not null,
    version            bigint       not null default 0
);
