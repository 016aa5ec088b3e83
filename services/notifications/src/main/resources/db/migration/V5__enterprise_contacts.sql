-- The contact an enterprise gave when its case was filed (reform.appeals.appeal-contact.recorded.v1): where its
-- notices go by e-mail and SMS. Personal data, kept only here; the token is the secret of its unsubscribe link.
create table case_contact (
    case_number      varchar(30)   primary key,
    uscc             varchar(18)   not null,
    enterprise_name  varchar(200)  not null,
    contact_person   varchar(50)   not null,
    phone            varchar(20)   not null,
    email            varchar(200),
    unsubscribe_token varchar(64)  not null unique,
    recorded_at      timestamptz   not null
);

-- Addresses that asked to hear nothing more (lower-case e-mail, or a phone's digits): one click stops every case's
-- notices to that address, as a person who unsubscribes expects.
create table contact_opt_out (
    address        varchar(200)  primary key,
    opted_out_at   timestamptz   not null
);
