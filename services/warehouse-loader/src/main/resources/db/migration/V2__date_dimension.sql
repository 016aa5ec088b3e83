-- The days the warehouse covers, with weekend flags; the holiday calendar's events refine the working-day flags.
-- (WarehouseTables.resetDates puts them back to these defaults before a rebuild replays the calendar.)
insert into dim_date (date_key, day, year, quarter, month, year_month, year_quarter, iso_week, day_of_week,
                      is_weekend, is_working_day)
select to_char(d, 'YYYYMMDD')::integer, d, extract(year from d), extract(quarter from d), extract(month from d),
       to_char(d, 'YYYY-MM'), to_char(d, 'YYYY') || '-Q' || extract(quarter from d), extract(week from d),
       extract(isodow from d), extract(isodow from d) >= 6, extract(isodow from d) < 6
from generate_series(date '2015-01-01', date '2035-12-31', interval '1 day') as g(d);
