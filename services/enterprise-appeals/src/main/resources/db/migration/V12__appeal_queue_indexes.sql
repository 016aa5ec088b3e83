-- Measured at 200,000 cases (bench/appeals-search.sh): a state's queue in time-limit order walked the closed cases'
-- old due dates first (2.8 s for page 50); with the state leading the index it reads only that state's rows.
create index appeal_status_due on appeal (status, due_date, filed_at, case_number);
create index appeal_status_filed on appeal (status, filed_at desc, case_number);
