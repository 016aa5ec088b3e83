package org.reformhub.kernel.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What a database error means for the caller, from PostgreSQL's SQLSTATE: the database cannot be reached
 * (503, the platform's fault, try again), the request conflicts with stored data (409), or its content
 * cannot be stored (422). Anything else is a bug (500).
 */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** The database could not be asked at all: down, restarting, or no connection to be had in time. */
    public static boolean isOutage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-03: admin shutdown, crash shutdown, cannot connect now
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage());
                // Agroal's pool, when no connection could be made or borrowed in time
                if (message.contains("Acquisition timeout") || message.contains("Connection refused")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The problem type for a database refusal caused by the request's content, if it is one. */
    public static Optional<ProblemType> refusal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("23505") || state.equals("23503") || state.equals("40001") || state.equals("40P01")) {
                    return Optional.of(ProblemType.CONFLICT); // unique, foreign key, serialization, deadlock
                }
                if (state.startsWith("23") || state.startsWith("22")) {
                    return Optional.of(ProblemType.UNPROCESSABLE); // other integrity rules, data too long, bad value
                }
            }
        }
        return Optional.empty();
    }
}
