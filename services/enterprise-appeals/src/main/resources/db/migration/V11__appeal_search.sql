-- Free-text search over a case's title, description and enterprise name, for Chinese without word breaks: every
-- pair of neighbouring characters (bigram) of the text, spaces and punctuation dropped, as a 'simple' tsvector
-- under a GIN index; a query matches when all its own bigrams are there (decision 0018). The cluster's C locale
-- knows no CJK character classes, so the separators are listed.
create function search_bigrams(t text) returns text
    language sql immutable parallel safe strict as $$
    select coalesce(string_agg(substr(s, i, 2), ' '), s)
    from (select regexp_replace(lower(t),
            '[[:space:][:punct:]，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』…—－·～　]+', '', 'g') as s) normalized
    left join lateral generate_series(1, length(s) - 1) as i on true
    group by s
$$;

-- the query: all the bigrams of what was typed (quoted, so no tsquery syntax gets through)
create function search_query(q text) returns tsquery
    language sql immutable parallel safe strict as $$
    select to_tsquery('simple', coalesce(string_agg(quote_literal(b), ' & '), quote_literal('')))
    from regexp_split_to_table(search_bigrams(q), ' ') as b where b <> ''
$$;

alter table appeal add column search tsvector generated always as (to_tsvector('simple',
    search_bigrams(coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(enterprise_name, '')))) stored;
create index appeal_search on appeal using gin (search);
create index appeal_channel on appeal (channel, filed_at desc);
