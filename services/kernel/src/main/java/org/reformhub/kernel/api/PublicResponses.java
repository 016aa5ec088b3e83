package org.reformhub.kernel.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The public aggregates' responses (the portal's widgets): an {@code ETag} from the body's SHA-256, {@code 304 Not
 * Modified} for a matching {@code If-None-Match}, and {@code Cache-Control: public} for a short while, so portal
 * visitors' browsers and any cache in front revalidate instead of downloading the figures again.
 */
public final class PublicResponses {

    private PublicResponses() {
    }

    public static Response cached(Request request, ObjectMapper json, Object entity, Duration maxAge) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a public aggregate could not be written as JSON", e);
        }
        EntityTag tag = new EntityTag(digest(body));
        String cacheControl = "public, max-age=" + maxAge.toSeconds();
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header("Cache-Control", cacheControl).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag).header("Cache-Control", cacheControl).build();
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
