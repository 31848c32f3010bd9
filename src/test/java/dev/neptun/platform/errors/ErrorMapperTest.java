package dev.neptun.platform.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.neptun.platform.persistence.SqlStates;
import dev.neptun.platform.refusals.BodyTooLarge;
import dev.neptun.platform.refusals.Conflict;
import dev.neptun.platform.refusals.FieldError;
import dev.neptun.platform.refusals.Forbidden;
import dev.neptun.platform.refusals.InvalidInput;
import dev.neptun.platform.refusals.NotFound;
import dev.neptun.platform.refusals.Throttled;
import dev.neptun.platform.refusals.Unauthenticated;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

class ErrorMapperTest {

    @Test
    void eachRefusalHasItsStatusAndKeepsItsMessage() {
        assertEquals(400, ErrorMapper.map(new InvalidInput("x")).status());
        assertEquals(401, ErrorMapper.map(new Unauthenticated()).status());
        assertEquals(403, ErrorMapper.map(new Forbidden("x")).status());
        assertEquals(404, ErrorMapper.map(new NotFound("Import not found")).status());
        assertEquals(409, ErrorMapper.map(new Conflict("x")).status());
        assertEquals(413, ErrorMapper.map(new BodyTooLarge(4 * 1024 * 1024)).status());
        assertEquals(new ErrorBody(404, "Import not found"), ErrorMapper.map(new NotFound("Import not found")).body());
    }

    @Test
    void aWrappedRefusalIsFound() {
        ErrorMapper.Mapped mapped = ErrorMapper.map(new RuntimeException(new IllegalStateException(InvalidInput.member("depth", "x"))));

        assertEquals(400, mapped.status());
        assertEquals(List.of(new FieldError("depth", "x")), mapped.body().errors());
    }

    @Test
    void throttlingSaysWhenToComeBack() {
        ErrorMapper.Mapped mapped = ErrorMapper.map(new Throttled("slow down", Duration.ofMillis(300)));

        assertEquals(429, mapped.status());
        assertEquals(Map.of("Retry-After", "1"), mapped.headers());
    }

    /** Derby's deadlock victim and lock timeout, PostgreSQL's: rolled back whole, so a retry, not a server failure. */
    @ParameterizedTest
    @ValueSource(strings = {"40001", "40XL1", "40P01", "55P03"})
    void aTransactionThatLostALockIsA503ThatSaysWhenToRetry(String sqlState) {
        ErrorMapper.Mapped mapped = ErrorMapper.map(new PersistenceException("DELETE FROM github_installations WHERE id = 7",
                new java.sql.SQLTransactionRollbackException("deadlock", sqlState)));

        assertEquals(503, mapped.status());
        assertEquals(Map.of("Retry-After", "1"), mapped.headers());
        assertEquals(null, mapped.body().requestId());
    }

    @Test
    void anyOtherFailureIsA500WithARequestIdAndNothingElse() {
        ErrorMapper.Mapped mapped = ErrorMapper.map(new PersistenceException("INSERT INTO users VALUES ('secret')",
                new SQLIntegrityConstraintViolationException("violates fk_x", "23503")));

        assertEquals(500, mapped.status());
        assertEquals("Internal server error", mapped.body().message());
        assertNotNull(mapped.body().requestId());
        assertNull(mapped.body().errors());
    }

    @Test
    void anUnhandledFailureIsLoggedWithWhereItWasRaisedAndNoMessage() {
        List<Integer> items = new ArrayList<>(List.of(1, 2));
        ConcurrentModificationException raised = assertThrows(ConcurrentModificationException.class, () -> {
            for (Integer item : items) {
                items.add(item);
            }
        });
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                records.add(logRecord);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ErrorMapper.class.getName());
        logger.addHandler(handler);
        try {
            ErrorMapper.map(new IllegalStateException("secret value", raised));
        } finally {
            logger.removeHandler(handler);
        }

        String logged = MessageFormat.format(records.get(0).getMessage(), records.get(0).getParameters());
        assertTrue(logged.contains("IllegalStateException <- java.util.ConcurrentModificationException, raised at java.util.ArrayList$Itr."), logged);
        assertTrue(logged.contains(", called from " + ErrorMapperTest.class.getName() + "."), logged);
        assertFalse(logged.contains("secret"), logged);
    }

    @Test
    void aLoopOfCausesIsStillA500() {
        IllegalStateException first = new IllegalStateException();
        IllegalArgumentException second = new IllegalArgumentException(first);
        first.initCause(second);

        assertEquals(500, ErrorMapper.map(first).status());
    }

    @Test
    void aConnectionFailureIsA503WithRetryAfter() {
        ErrorMapper.Mapped mapped = ErrorMapper.map(new PersistenceException(new SQLException("gone", "08006")));

        assertEquals(503, mapped.status());
        assertEquals("5", mapped.headers().get("Retry-After"));
    }

    @Test
    void onlyAUniqueKeyViolationIsAConflict() {
        assertEquals(true, SqlStates.isUniqueViolation(new PersistenceException(new SQLException("dup", "23505"))));
        assertEquals(false, SqlStates.isUniqueViolation(new PersistenceException(new SQLException("fk", "23503"))));
        assertEquals(false, SqlStates.isUniqueViolation(new PersistenceException(new SQLException("null", "23502"))));
        assertEquals(false, SqlStates.isUniqueViolation(new PersistenceException("no cause")));
    }
}
