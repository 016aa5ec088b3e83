-- What this service knows of the registry's measures: its own read model, fed only by reform.registry events.
create table tracked_measure (
    programme          varchar(40)   not null,
    code               varchar(20)   not null,
    list               varchar(20)   not null,
    area               varchar(100)  not null,
    title              varchar(500)  not null,
    lead_units         jsonb         not null,
    cooperating_units  jsonb         not null,
    work_items         jsonb         not null,
    deadline_kind      varchar(10),
    deadline_date      date,
    stated_status      varchar(20)   not null,
    remark             text          not null,
    archived           boolean       not null,
    -- the registry's version of the measure: an older event (redelivered, replayed, out of order) changes nothing
    registry_version   bigint        not null,
    updated_at         timestamptz   not null,
    primary key (programme, code)
);
create index tracked_measure_lead on tracked_measure using gin (lead_units jsonb_path_ops);
create index tracked_measure_cooperating on tracked_measure using gin (cooperating_units jsonb_path_ops);
