-- Benchmark data for progress reporting (bench/progress-dashboards.sh): a programme of 2,000 measures with
-- 5 responsible units each (lead d01..d40, three more of them cooperating, and zwsj cooperating on every
-- measure so that its officer can submit 2,000 distinct reports), reported on monthly for the 36 months
-- before the current one: 360,000 reports and obligations, mostly approved and on time, some late, returned
-- or missing. Run with psql -v programme=<code> against the progress database after the service migrated it.
\set ON_ERROR_STOP on
begin;

insert into tracked_programme (code, title, status, registry_version, updated_at)
values (:'programme', '性能测试任务分工表', 'ACTIVE', 0, now());

insert into reporting_schedule (programme, frequency, ongoing_frequency, due_day, first_month, updated_at, version)
values (:'programme', 'MONTHLY', 'MONTHLY', 25, to_char(date_trunc('month', now()) - interval '36 months', 'YYYY-MM'), now(), 0);

insert into tracked_measure (programme, code, list, area, title, practice, lead_units, cooperating_units, work_items,
                             deadline_kind, deadline_date, deadline_text, kpis, stated_status, remark, archived,
                             registry_version, registered_at, updated_at, official_status, status_period,
                             status_period_due, status_narrative, status_kpis, status_approved_at)
select :'programme', (1 + i / 500) || '-' || lpad((1 + i % 500)::text, 3, '0'),
       case when i < 1000 then 'REPLICATE' else 'REFERENCE' end, '领域' || (i % 12), '举措 ' || i, '主要做法',
       jsonb_build_array(jsonb_build_object('code', 'd' || lpad((1 + i % 40)::text, 2, '0'), 'name', '单位' || (1 + i % 40))),
       jsonb_build_array(jsonb_build_object('code', 'd' || lpad((1 + (i + 1) % 40)::text, 2, '0'), 'name', '单位' || (1 + (i + 1) % 40)),
                         jsonb_build_object('code', 'd' || lpad((1 + (i + 2) % 40)::text, 2, '0'), 'name', '单位' || (1 + (i + 2) % 40)),
                         jsonb_build_object('code', 'd' || lpad((1 + (i + 3) % 40)::text, 2, '0'), 'name', '单位' || (1 + (i + 3) % 40)),
                         jsonb_build_object('code', 'zwsj', 'name', '市政务服务数据管理局')),
       '["工作措施一","工作措施二","工作措施三"]'::jsonb,
       case when i % 10 = 0 then 'ONGOING' else 'DATE' end,
       case when i % 10 = 0 then null else (now() + ((i % 400) - 100) * interval '1 day')::date end, null,
       '[{"name":"事项数","unit":"项","baseline":100,"target":200}]'::jsonb, 'IN_PROGRESS', '正在推进', false,
       0, now() - interval '37 months', now(),
       case when i % 3 = 0 then 'COMPLETED' when i % 10 = 0 then 'ONGOING' else 'IN_PROGRESS' end,
       to_char(date_trunc('month', now()) - interval '1 month', 'YYYY-MM'),
       (date_trunc('month', now()) - interval '1 month' + interval '24 days')::date, '进展情况', '[]'::jsonb,
       date_trunc('month', now()) - interval '1 month' + interval '20 days'
  from generate_series(0, 1999) i;

-- one report per unit, measure and month; the unit's position 0 is the lead
create temporary table bench_unit on commit drop as
select m.programme, m.code, u.value ->> 'code' as dept, u.ordinality = 1 as leads, row_number() over () as n
  from tracked_measure m, jsonb_array_elements(m.lead_units || m.cooperating_units) with ordinality u
 where m.programme = :'programme';

create temporary table bench_report on commit drop as
select gen_random_uuid() as id, u.programme, u.code, u.dept, u.leads, u.n, p.k,
       to_char(date_trunc('month', now()) - p.k * interval '1 month', 'YYYY-MM') as period,
       (date_trunc('month', now()) - p.k * interval '1 month' + interval '24 days')::date as due_date
  from bench_unit u, generate_series(1, 36) p(k);

insert into progress_report (id, programme, code, dept, period, due_date, kind, source, status, claimed_status, narrative,
                             work_items, kpis, problems, support_needed, next_steps, consolidated_parts, return_reason,
                             times_returned, support_waiting_since, created_by, created_at, updated_at, first_submitted_at,
                             submitted_at, reviewed_at, reviewed_by, version)
select id, programme, code, dept, period, due_date, case when leads then 'CONSOLIDATED' else 'CONTRIBUTION' end, 'REPORTED',
       case when (n + k) % 50 = 0 then 'RETURNED' else 'APPROVED' end, 'IN_PROGRESS', '本月进展情况', '[]'::jsonb,
       '[]'::jsonb, '', '[]'::jsonb, '', '[]'::jsonb, null, case when (n + k) % 50 = 0 then 1 else 0 end,
       null, 'bench', due_date - 5, due_date - 3,
       due_date + case when (n + k) % 33 = 0 then 4 else -2 end, due_date - 2, due_date, 'supervisor', 1
  from bench_report where (n + k) % 47 <> 0;

insert into report_step (report_id, seq, action, status_after, actor, actor_dept, at, note)
select id, 0, 'APPROVED', 'APPROVED', 'supervisor', null, due_date, null from bench_report where (n + k) % 47 <> 0;

insert into report_obligation (programme, code, dept, period, due_date, report_id, first_submitted_at, missing_announced)
select programme, code, dept, period, due_date, case when (n + k) % 47 <> 0 then id end,
       case when (n + k) % 47 <> 0 then due_date + case when (n + k) % 33 = 0 then 4 else -2 end end,
       (n + k) % 47 = 0
  from bench_report;

commit;
analyze tracked_measure;
analyze progress_report;
analyze report_obligation;
