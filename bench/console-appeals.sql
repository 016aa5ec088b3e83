-- Benchmark data for the console (bench/console.sh): 20,000 enterprise cases over five past years (2020-2024; no
-- month the platform numbers today), spread over the categories, districts and units, in every state, about a
-- tenth of the open ones overdue. Run with psql against the appeals database after the service migrated it.
\set ON_ERROR_STOP on
begin;
insert into appeal (id, case_number, uscc, enterprise_name, contact_person, phone, email, category, urgent, title,
                    description, district, channel, filed_by, status, lead_unit, cooperating_units, time_limit_days,
                    filed_at, due_date, accepted_at, assigned_at, outcome, answer, answered_at, answered_on_time,
                    rating, rated_at, reopen_count, closed_at, updated_at, version)
select gen_random_uuid(),
       'ZTC-' || to_char(date '2020-01-01' + (i % 60) * interval '1 month', 'YYYYMM') || '-' || lpad((i / 60 + 1)::text, 5, '0'),
       '91440400MA4UH1234T', '性能测试企业' || (i % 500), '联系人', '0756-1234567', null,
       (array['financing','land','employment','approval','policy'])[1 + i % 5], i % 17 = 0,
       '性能测试诉求 ' || i, '用于控制台性能测试的诉求内容。', (array['xiangzhou','doumen','jinwan','hengqin','gaoxin','gaolangang','wanshan'])[1 + i % 7],
       'ONLINE', 'bench', s.status,
       case when s.status in ('SUBMITTED', 'ACCEPTED') then null else (array['jrj','zrzy','gq','zwsj','fgj'])[1 + i % 5] end,
       '[]'::jsonb, 10, f.filed_at,
       -- open cases: due around today (a tenth already overdue); finished ones: due ten days after filing
       case when s.status in ('SUBMITTED','ACCEPTED','ASSIGNED','SENT_BACK','REOPENED')
            then (now() + ((i % 100) - 10) * interval '1 day')::date else (f.filed_at + interval '14 days')::date end,
       f.filed_at + interval '1 day', f.filed_at + interval '2 days',
       case when s.status in ('ANSWERED', 'CLOSED') then 'RESOLVED' end,
       case when s.status in ('ANSWERED', 'CLOSED') then '已办理。' end,
       case when s.status in ('ANSWERED', 'CLOSED') then f.filed_at + interval '8 days' end,
       case when s.status in ('ANSWERED', 'CLOSED') then true end,
       case when s.status = 'CLOSED' then 'SATISFIED' end, case when s.status = 'CLOSED' then f.filed_at + interval '9 days' end,
       0, case when s.status = 'CLOSED' then f.filed_at + interval '9 days' end, now(), 0
from generate_series(0, 19999) i
cross join lateral (select date '2020-01-01' + (i % 60) * interval '1 month' + (i % 28) * interval '1 day' as filed_at) f
cross join lateral (select case when i % 20 < 12 then 'CLOSED' when i % 20 < 14 then 'ANSWERED' when i % 20 = 14 then 'SUBMITTED'
                                when i % 20 = 15 then 'ACCEPTED' when i % 20 < 19 then 'ASSIGNED' else 'REOPENED' end as status) s;
commit;
analyze appeal;
