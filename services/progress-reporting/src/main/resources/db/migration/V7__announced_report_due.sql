-- Each period's coming due date is announced once (reform.progress.report.due.v1), whatever instance or rerun.
create table announced_report_due (
    programme     varchar(40)  not null,
    period        varchar(7)   not null,
    ongoing       boolean      not null,
    due_date      date         not null,
    announced_at  timestamptz  not null,
    primary key (programme, period, ongoing)
);
