-- Duplicates: staff merge a duplicate into its original, and the duplicate follows the original's answer.
-- (Similar cases are found in Java over character bigrams: pg_trgm skips Chinese characters in a C-locale cluster.)
alter table appeal
    add column duplicate_of  varchar(20),
    add column duplicates    jsonb  not null default '[]';
create index appeal_open_category on appeal (category, filed_at desc) where status not in ('REJECTED', 'CLOSED', 'MERGED');
