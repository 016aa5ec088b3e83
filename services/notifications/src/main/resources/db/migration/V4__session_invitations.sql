-- 联席会议: the sessions that invited enterprises and units, for the reminder the day before (the newest invitation
-- of a session replaces the earlier one). Recipients as KIND:id keys.
create table tracked_session (
    id          uuid          primary key,
    held_on     date          not null,
    place       varchar(200)  not null,
    level_name  varchar(50)   not null,
    title       varchar(500)  not null,
    recipients  text          not null,
    invited_at  timestamptz   not null,
    updated_at  timestamptz   not null
);
create index tracked_session_held_on on tracked_session (held_on);
