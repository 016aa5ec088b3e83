package org.reformhub.kernel.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeclaredBodyTest {

    @Test
    void a_body_announced_over_the_limit_exceeds_it() {
        assertTrue(DeclaredBody.exceeds("26214400", 20L * 1024 * 1024));
        assertFalse(DeclaredBody.exceeds("20971520", 20L * 1024 * 1024));
    }

    @Test
    void an_absent_or_odd_header_is_left_to_the_http_layer() {
        assertFalse(DeclaredBody.exceeds(null, 10));
        assertFalse(DeclaredBody.exceeds("", 10));
        assertFalse(DeclaredBody.exceeds("-5", 10));
        assertFalse(DeclaredBody.exceeds("1e9", 10));
        assertFalse(DeclaredBody.exceeds("99999999999999999999", 10));
    }
}
