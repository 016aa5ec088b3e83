-- Evidence attached to reports: metadata here, the bytes on disk (kernel AttachmentStore, by SHA-256).
create table report_attachment (
    id           uuid          primary key,
    report_id    uuid          not null references progress_report (id),
    file_name    varchar(200)  not null,
    media_type   varchar(100)  not null,
    size         bigint        not null,
    sha256       char(64)      not null,
    uploaded_by  varchar(200)  not null,
    uploaded_at  timestamptz   not null
);
create index report_attachment_report on report_attachment (report_id, uploaded_at);
