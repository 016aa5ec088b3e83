-- What changed, in commit order: every transaction that changes what a dashboard shows bumps its programme's
-- counter (a row lock held to commit, so counters grow in commit order) and notes the measure it touched
-- ('*' for all of them, e.g. the daily scan). Dashboards recompute only the measures noted since they last read.
create table programme_change (
    programme  varchar(40)  primary key,
    seq        bigint       not null
);
create table measure_change (
    programme  varchar(40)  not null,
    code       varchar(20)  not null,
    seq        bigint       not null,
    primary key (programme, code)
);
create index measure_change_seq on measure_change (programme, seq);

-- the change counter replaces the timestamps V5 indexed for the same purpose (timestamps are not in commit order)
drop index progress_report_programme_updated;
drop index tracked_measure_programme_updated;
