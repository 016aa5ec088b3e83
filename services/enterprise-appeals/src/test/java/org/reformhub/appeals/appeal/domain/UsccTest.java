package org.reformhub.appeals.appeal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** GB 32100-2015 check characters: valid codes pass, a changed character or check fails. */
class UsccTest {

    @Test
    void valid_codes_pass() {
        for (String valid : new String[] {"91350100M000100Y43", "91110000100003623W", "91440300708461136T"}) {
            assertEquals(Optional.empty(), Uscc.problem(valid), valid);
        }
    }

    @Test
    void invalid_codes_say_why() {
        assertTrue(Uscc.problem("91350100M000100Y44").orElseThrow().contains("校验位"));
        assertTrue(Uscc.problem("91350100M000100Y4").orElseThrow().contains("18 位"));
        assertTrue(Uscc.problem("91350100I000100Y43").orElseThrow().contains("第 9 位"));
        assertTrue(Uscc.problem("9135010OM000100Y43").isPresent());
        assertTrue(Uscc.problem(null).isPresent());
        assertTrue(Uscc.problem("913501 0M000100Y43").isPresent());
    }
}
