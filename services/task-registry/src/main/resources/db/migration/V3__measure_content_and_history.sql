alter table measure
    add column practice        text         not null default '',
    add column origin_places   jsonb        not null default '[]',
    add column work_items      jsonb        not null default '[]',
    add column deadline_text   varchar(100),
    add column remark          text         not null default '',
    add column stated_status   varchar(20)  not null default 'NOT_STATED',
    add column kpis            jsonb        not null default '[]',
    add column archived        boolean      not null default false,
    add column updated_at      timestamptz  not null default now(),
    alter column deadline drop not null;

create index measure_lead_units on measure using gin (lead_units jsonb_path_ops);
create index measure_cooperating_units on measure using gin (cooperating_units jsonb_path_ops);

-- who changed what and when, field by field
create table measure_change (
    id            bigint generated always as identity primary key,
    measure_code  varchar(20)   not null references measure (code),
    changed_at    timestamptz   not null,
    changed_by    varchar(200)  not null,
    source        varchar(20)   not null,
    changes       jsonb         not null
);
create index measure_change_code on measure_change (measure_code, id);
