package org.reformhub.kernel.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.event.EventCodec;
import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.rest.ProblemException;

import org.reformhub.kernel.text.MessageBundle;

/**
 * The {@code Idempotency-Key} header: a client (a department's own system, a mobile app) that retries a POST
 * after a timeout gets the first request's result, never a second report or appeal. Used inside the use
 * case's transaction, so the key and what it created commit together or not at all; requests with the same
 * key wait for each other (a transaction-scoped advisory lock). The same key with a different body is a
 * client error (422), as the IETF draft says.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private final EntityManager entityManager;
    private final EventCodec codec;

    public IdempotencyKeys(EntityManager entityManager, EventCodec codec) {
        this.entityManager = entityManager;
        this.codec = codec;
    }

    /** A key from the header: absent is fine (no replay protection), malformed is a 400. */
    public static Optional<String> read(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (!KEY.matcher(header).matches()) {
            throw ProblemException.invalid(MessageBundle.KERNEL.text("idempotency.malformed"),
                    List.of(new Problem.FieldError(HEADER, MessageBundle.KERNEL.text("idempotency.malformed-field"))));
        }
        return Optional.of(header);
    }

    /**
     * @param scope who asks for what, e.g. {@code subject + " POST reports"}: keys of different callers never meet
     * @return the earlier result for this key, or empty: then do the work and {@link #remember} its result
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> earlierResult(String scope, String key, Object request) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:lock, 0))")
                .setParameter("lock", scope + "\n" + key).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select fingerprint, result from idempotency_key where scope = :scope and key = :key")
                .setParameter("scope", scope).setParameter("key", key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (!rows.get(0)[0].equals(fingerprint(request))) {
            throw ProblemException.unprocessable(MessageBundle.KERNEL.text("idempotency.reused"),
                    MessageBundle.KERNEL.text("idempotency.reused"),
                    List.of(new Problem.FieldError(HEADER, MessageBundle.KERNEL.text("idempotency.reused-field"))));
        }
        return Optional.of((String) rows.get(0)[1]);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String scope, String key, Object request, String result) {
        entityManager.createNativeQuery("insert into idempotency_key (scope, key, fingerprint, result, created_at)"
                        + " values (:scope, :key, :fingerprint, :result, :now)")
                .setParameter("scope", scope).setParameter("key", key).setParameter("fingerprint", fingerprint(request))
                .setParameter("result", result).setParameter("now", Instant.now()).executeUpdate();
    }

    private String fingerprint(Object request) {
        try {
            byte[] json = codec.mapper().writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
