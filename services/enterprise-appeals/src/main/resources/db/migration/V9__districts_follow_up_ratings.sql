-- 县区: the city's districts as reference data (an administrator keeps them). A case and a session name a district
-- by its code; people may type the code, the full name or the short name, and the service stores the code.
create table district (
    code        varchar(30)  primary key,
    name        varchar(50)  not null unique,
    short_name  varchar(20)  not null unique,
    sort_order  integer      not null,
    active      boolean      not null default true,
    version     bigint       not null default 0
);

-- Zhuhai's districts and functional zones as its offices name them
insert into district (code, name, short_name, sort_order) values
    ('xiangzhou',  '香洲区',                       '香洲',   1),
    ('doumen',     '斗门区',                       '斗门',   2),
    ('jinwan',     '金湾区',                       '金湾',   3),
    ('hengqin',    '横琴粤澳深度合作区',            '横琴',   4),
    ('gaoxin',     '珠海高新技术产业开发区',        '高新区', 5),
    ('gaolangang', '珠海经济技术开发区（高栏港）',  '高栏港', 6),
    ('wanshan',    '万山海洋开发试验区',            '万山',   7);

-- cases and sessions filed with a name before districts were reference data now name the code
update appeal a set district = d.code from district d where a.district in (d.name, d.short_name);
update face_to_face_session s set level = d.code from district d where s.level in (d.name, d.short_name);

-- the city office took the case up (提级办理): the district's office follows it but no longer handles it
alter table appeal add column city_handles boolean not null default false;
create index appeal_district on appeal (district, filed_at desc);

-- 回访: how the rating was obtained — the enterprise's own, or the office's telephone (or other) follow-up
alter table appeal add column rating_source varchar(20);
update appeal set rating_source = 'ENTERPRISE' where rating is not null;
alter table appeal add column follow_up_channel varchar(20);
alter table appeal add column follow_up_by varchar(100);

-- 每月面对面 at every level on the same day (市、县（区）同步); other sessions (special ones) are free
alter table face_to_face_session add column monthly boolean not null default false;
