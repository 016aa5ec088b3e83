package org.reformhub.kernel.city;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CityFactsTest {

    @Test
    void a_city_date_begins_at_midnight_in_the_city_which_is_four_in_the_afternoon_utc() {
        assertEquals(LocalDate.of(2026, 12, 7), CityTime.dateOf(Instant.parse("2026-12-07T15:59:59Z")));
        assertEquals(LocalDate.of(2026, 12, 8), CityTime.dateOf(Instant.parse("2026-12-07T16:00:00Z")));
        assertEquals(LocalDate.of(2026, 12, 8),
                CityTime.today(Clock.fixed(Instant.parse("2026-12-07T16:30:00Z"), ZoneOffset.UTC)));
    }

    @Test
    void a_programme_code_is_lower_case_letters_digits_and_hyphens_two_to_forty_long() {
        assertTrue(ProgrammeCode.valid("yshj-2020"));
        assertTrue(ProgrammeCode.valid("a1"));
        assertTrue(ProgrammeCode.valid("a".repeat(40)));
        assertFalse(ProgrammeCode.valid("a".repeat(41)));
        assertFalse(ProgrammeCode.valid("a"));
        assertFalse(ProgrammeCode.valid("-yshj"));
        assertFalse(ProgrammeCode.valid("YSHJ"));
        assertFalse(ProgrammeCode.valid("优化营商环境"));
        assertFalse(ProgrammeCode.valid(null));
        assertTrue(ProgrammeCode.parse("../etc").isEmpty());
        assertEquals("yshj-2020", ProgrammeCode.parse("yshj-2020").orElseThrow().toString());
        assertThrows(IllegalArgumentException.class, () -> new ProgrammeCode("yshj 2020"));
    }

    @Test
    void a_department_code_is_written_like_a_programme_code() {
        assertTrue(DepartmentCode.valid("zwsj"));
        assertFalse(DepartmentCode.valid("政务数据局"));
    }
}
