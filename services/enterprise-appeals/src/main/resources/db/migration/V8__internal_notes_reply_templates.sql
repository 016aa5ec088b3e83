-- 内部备注: what the office and the handling unit write to each other about a case; never shown to the enterprise.
create table appeal_note (
    id           uuid           primary key,
    appeal_id    uuid           not null references appeal (id),
    author       varchar(200)   not null,
    author_dept  varchar(40),
    body         varchar(4000)  not null,
    written_at   timestamptz    not null
);
create index appeal_note_appeal on appeal_note (appeal_id, written_at);

-- 答复模板: the office's standard wording for a category's answers, which a unit starts its answer from.
create table reply_template (
    id             uuid           primary key,
    category_code  varchar(30)    not null references category (code),
    title          varchar(100)   not null,
    body           varchar(4000)  not null,
    updated_by     varchar(200)   not null,
    updated_at     timestamptz    not null,
    version        bigint         not null
);
create index reply_template_category on reply_template (category_code, title);
