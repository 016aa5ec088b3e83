-- The queues of the office and the units (GET /appeals) page through cases by time limit or by filing time:
-- with these, a page is read from an index instead of sorting every case.
create index appeal_queue_due on appeal (due_date, filed_at, case_number);
create index appeal_queue_filed on appeal (filed_at desc, case_number);
