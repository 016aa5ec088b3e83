create table department (
    code          varchar(50)   primary key,
    name          varchar(200)  not null unique,
    aliases       jsonb         not null default '[]',
    kind          varchar(40)   not null,
    email         varchar(200),
    phone         varchar(50),
    needs_review  boolean       not null default false,
    merged_into   varchar(50)   references department (code),
    created_at    timestamptz   not null default now(),
    version       bigint        not null default 0
);

-- The units the city's task-division table names, with the codes the realm's dept claims use.
insert into department (code, name, aliases, kind) values
  ('zwsj', '市政务服务数据管理局', '["珠海市政务服务数据管理局", "市政数局"]', 'MUNICIPAL_DEPARTMENT'),
  ('zrzy', '市自然资源局', '["珠海市自然资源局"]', 'MUNICIPAL_DEPARTMENT'),
  ('zjj', '市住房城乡建设局', '["珠海市住房和城乡建设局", "市住建局"]', 'MUNICIPAL_DEPARTMENT'),
  ('fgj', '市发展改革局', '["珠海市发展和改革局", "市发改局"]', 'MUNICIPAL_DEPARTMENT'),
  ('swj', '国家税务总局珠海市税务局', '["珠海税务局", "珠海市税务局", "市税务局"]', 'VERTICAL_AGENCY'),
  ('gdj', '珠海供电局', '["广东电网珠海供电局"]', 'STATE_OWNED_COMPANY'),
  ('skjt', '珠海水控集团', '["珠海水务环境控股集团"]', 'STATE_OWNED_COMPANY'),
  ('zy', '珠海市中级人民法院', '["市中级人民法院", "市中院"]', 'COURT'),
  ('sfj', '市司法局', '["珠海市司法局"]', 'MUNICIPAL_DEPARTMENT'),
  ('scjg', '市市场监管局', '["珠海市市场监督管理局", "市市场监督管理局"]', 'MUNICIPAL_DEPARTMENT'),
  ('gaj', '市公安局', '["珠海市公安局"]', 'MUNICIPAL_DEPARTMENT'),
  ('gq', '各区（功能区）', '["各区", "各区（功能区）政府（管委会）"]', 'GROUP'),
  ('gbhg', '拱北海关', '["中华人民共和国拱北海关"]', 'CUSTOMS'),
  ('jrj', '市金融工作局', '["珠海市金融工作局", "市金融局"]', 'MUNICIPAL_DEPARTMENT');
