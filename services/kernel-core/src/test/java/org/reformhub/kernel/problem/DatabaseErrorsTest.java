package org.reformhub.kernel.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DatabaseErrorsTest {

    @Test
    void a_database_that_cannot_be_reached_is_an_outage() {
        assertTrue(DatabaseErrors.isOutage(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseErrors.isOutage(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseErrors.isOutage(new IllegalStateException(new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(DatabaseErrors.isOutage(new RuntimeException(new ConnectException("Connection refused"))));
        assertFalse(DatabaseErrors.isOutage(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseErrors.isOutage(new NullPointerException()));
    }

    @Test
    void stored_data_refusals_are_conflicts_or_unprocessable_content() {
        assertEquals(Optional.of(ProblemType.CONFLICT), DatabaseErrors.refusal(new RuntimeException(new SQLException("dup", "23505"))));
        assertEquals(Optional.of(ProblemType.UNPROCESSABLE), DatabaseErrors.refusal(new SQLException("value too long", "22001")));
        assertEquals(Optional.of(ProblemType.UNPROCESSABLE), DatabaseErrors.refusal(new SQLException("NUL", "22021")));
        assertEquals(Optional.empty(), DatabaseErrors.refusal(new SQLException("syntax", "42601")));
    }
}
