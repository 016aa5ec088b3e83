-- 联席会议: the invitations (the agenda's enterprises and the handling units), the place, and who came
alter table face_to_face_session add column place varchar(200);
alter table face_to_face_session add column invited_at timestamp(6) with time zone;
create table session_invitee (
    session_id  uuid          not null references face_to_face_session (id),
    seq         integer       not null,
    kind        varchar(20)   not null,
    ref         varchar(50)   not null,
    name        varchar(200)  not null,
    cases       text          not null,
    attended    boolean,
    primary key (session_id, seq)
);
