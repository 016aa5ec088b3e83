-- Each year's holiday notice is announced as an event once (the bundled ones on the first start after this).
alter table calendar_year add column announced_at timestamptz;
