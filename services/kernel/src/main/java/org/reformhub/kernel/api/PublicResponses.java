package org.reformhub.kernel.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The public aggregates' responses (the portal's widgets): an {@code ETag} from the body's SHA-256, {@code 304 Not
 * Modified} for a matching {@code If-None-Match}, and {@code Cache-Control: public} for {@link #MAX_AGE}, so portal
 * visitors' browsers and any cache in front revalidate instead of downloading the figures again.
 */
public final class PublicResponses {

    /** How long browsers and caches may reuse an answer without asking (the widgets refresh about as often). */
    public static final Duration MAX_AGE = Duration.ofSeconds(30);

    private PublicResponses() {
    }

    /**
     * @param ifNoneMatch the request's {@code If-None-Match}; other preconditions ({@code If-Match}, dates) mean
     *                    nothing for a read of public figures and are ignored
     */
    public static Response cached(String ifNoneMatch, ObjectMapper json, Object entity) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a public aggregate could not be written as JSON", e);
        }
        EntityTag tag = new EntityTag(digest(body));
        String cacheControl = "public, max-age=" + MAX_AGE.toSeconds();
        if (matches(ifNoneMatch, tag.getValue())) {
            return Response.notModified(tag).header("Cache-Control", cacheControl).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag).header("Cache-Control", cacheControl).build();
    }

    /** {@code *}, or one of the listed tags (weak or strong: a GET compares them weakly). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.length() > 2000) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.strip();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("\"" + tag + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
