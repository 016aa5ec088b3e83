-- V2 inserted the catalogue's first departments without events, so the services that learn departments from
-- reform.registry never heard of them (notifications' directory stayed empty). A department not yet announced
-- is announced once, at the registry's start (AnnounceCatalogue); every later one is announced when it is made.
alter table department add column announced boolean not null default true;
update department set announced = false
 where version = 0
   and code in ('zwsj', 'zrzy', 'zjj', 'fgj', 'swj', 'gdj', 'skjt', 'zy', 'sfj', 'scjg', 'gaj', 'gq', 'gbhg', 'jrj');
