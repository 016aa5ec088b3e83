package org.reformhub.kernel.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void a_bare_framework_400_is_a_malformed_request_not_a_validation_failure() {
        assertEquals(ProblemType.MALFORMED_REQUEST, ProblemType.forStatus(400));
    }

    @Test
    void known_statuses_map_to_their_type_and_unknown_ones_to_a_generic_one() {
        assertEquals(ProblemType.NOT_FOUND, ProblemType.forStatus(404));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.forStatus(415));
        assertEquals(ProblemType.MALFORMED_REQUEST, ProblemType.forStatus(418));
        assertEquals(ProblemType.INTERNAL_ERROR, ProblemType.forStatus(507));
    }

    @Test
    void type_uris_are_stable() {
        assertEquals("https://reformhub.org/problems/precondition-failed", ProblemType.PRECONDITION_FAILED.uri());
    }
}
