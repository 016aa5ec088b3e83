-- Benchmark data for the appeal search (bench/appeals-search.sh): :n enterprise cases (200,000 by default) over five
-- past years (2015-2019: no month the platform numbers today), their titles and descriptions drawn from twenty
-- everyday matters so that a word like 用地 finds about one case in twenty, spread over the districts, categories,
-- channels, units and states. Run with psql against the appeals database after the service migrated it.
\set ON_ERROR_STOP on
begin;
insert into appeal (id, case_number, uscc, enterprise_name, contact_person, phone, email, category, urgent, title,
                    description, district, channel, filed_by, status, lead_unit, cooperating_units, time_limit_days,
                    filed_at, due_date, accepted_at, assigned_at, outcome, answer, answered_at, answered_on_time,
                    rating, rated_at, reopen_count, closed_at, updated_at, version)
select gen_random_uuid(),
       'ZTC-' || to_char(date '2015-01-01' + (i % 60) * interval '1 month', 'YYYYMM') || '-' || lpad((i / 60 + 1)::text, 5, '0'),
       '91440400MA4UH1234T', '基准测试企业' || (i % 2000) || (array['科技','制造','贸易','物流','食品'])[1 + i % 5] || '有限公司',
       '联系人', '0756-1234567', null,
       (array['financing','land','employment','approval','policy'])[1 + i % 5], i % 17 = 0,
       m.topic || '（基准测试 ' || i || '）',
       '企业反映：' || m.topic || '。' || (array['材料多次补正','办理时间较长','窗口答复不一致','线上系统无法提交','政策口径不清楚'])[1 + i % 5]
           || '，希望' || (array['加快办理','明确口径','上门指导','并联审批','容缺受理'])[1 + (i / 7) % 5] || '。',
       (array['xiangzhou','doumen','jinwan','hengqin','gaoxin','gaolangang','wanshan'])[1 + i % 7],
       (array['ONLINE','ONLINE','ONLINE','HOTLINE_12345','LETTER','FACE_TO_FACE_SESSION'])[1 + (i / 7) % 6], 'bench', s.status,
       case when s.status in ('SUBMITTED', 'ACCEPTED') then null else (array['jrj','zrzy','gq','zwsj','fgj'])[1 + i % 5] end,
       '[]'::jsonb, 10, f.filed_at,
       case when s.status in ('SUBMITTED','ACCEPTED','ASSIGNED','SENT_BACK','REOPENED')
            then (now() + ((i % 100) - 10) * interval '1 day')::date else (f.filed_at + interval '14 days')::date end,
       f.filed_at + interval '1 day', f.filed_at + interval '2 days',
       case when s.status in ('ANSWERED', 'CLOSED') then 'RESOLVED' end,
       case when s.status in ('ANSWERED', 'CLOSED') then '已办理。' end,
       case when s.status in ('ANSWERED', 'CLOSED') then f.filed_at + interval '8 days' end,
       case when s.status in ('ANSWERED', 'CLOSED') then true end,
       case when s.status = 'CLOSED' then 'SATISFIED' end, case when s.status = 'CLOSED' then f.filed_at + interval '9 days' end,
       0, case when s.status = 'CLOSED' then f.filed_at + interval '9 days' end, now(), 0
from generate_series(0, :n - 1) i
cross join lateral (select (array['厂房用地手续办理','施工许可审批','融资贷款难','用工招聘困难','税费减免申请','水电气报装',
        '不动产登记','消防验收','环评审批','人才住房','出口退税','园区停车','物流通行证','知识产权保护','跨境结算',
        '食品经营许可','商事登记变更','政府采购回款','排水许可','招商政策兑现'])[1 + (i * 7) % 20] as topic) m
cross join lateral (select date '2015-01-01' + (i % 60) * interval '1 month' + (i % 28) * interval '1 day' as filed_at) f
cross join lateral (select case when i % 20 < 12 then 'CLOSED' when i % 20 < 14 then 'ANSWERED' when i % 20 = 14 then 'SUBMITTED'
                                when i % 20 = 15 then 'ACCEPTED' when i % 20 < 19 then 'ASSIGNED' else 'REOPENED' end as status) s;
commit;
analyze appeal;
