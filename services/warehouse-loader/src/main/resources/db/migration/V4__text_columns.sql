-- Text without a length limit in every warehouse column: the events' contracts bound some fields and not others, and a
-- value the producers may send must never stop the load (PostgreSQL stores text and varchar alike).
drop view measure_status_now;
drop view measure_responsibility;

do $$
declare
    c record;
begin
    for c in select table_name, column_name from information_schema.columns
             where table_schema = current_schema() and data_type = 'character varying'
               and (table_name like 'dim\_%' or table_name like 'fact\_%' or table_name like 'load\_%'
                    or table_name = 'calendar_year')
    loop
        execute format('alter table %I alter column %I type text', c.table_name, c.column_name);
    end loop;
end $$;

-- the views of V1, unchanged
create view measure_responsibility as
select m.measure_key, m.programme_code, u.dept_code, 'LEAD' as role
from dim_measure m, unnest(m.lead_units) as u(dept_code)
union all
select m.measure_key, m.programme_code, u.dept_code, 'COOPERATING' as role
from dim_measure m, unnest(m.cooperating_units) as u(dept_code);

create view measure_status_now as
select m.measure_key, m.programme_code, m.code, m.domain, m.deadline_kind, m.deadline,
       coalesce(s.status, 'NOT_STARTED') as status, s.approved_at as status_since,
       case when m.deadline_kind = 'DATE' and m.deadline < (now() at time zone 'Asia/Shanghai')::date
                 and coalesce(s.status, 'NOT_STARTED') <> 'COMPLETED'
            then (now() at time zone 'Asia/Shanghai')::date - m.deadline end as days_overdue
from dim_measure m
left join lateral (
    select c.status, c.approved_at from fact_measure_status_change c
    where c.measure_key = m.measure_key
    order by c.approved_at desc, c.event_id desc limit 1) s on true
where not m.archived;
