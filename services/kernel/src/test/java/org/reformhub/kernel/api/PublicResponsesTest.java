package org.reformhub.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class PublicResponsesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_matching_tag_is_304_without_body_and_anything_else_the_figures() {
        var first = PublicResponses.cached(null, json, Map.of("measures", 22));
        assertEquals(200, first.getStatus());
        assertEquals("public, max-age=30", first.getHeaderString("Cache-Control"));
        String etag = first.getHeaderString("ETag");
        var again = PublicResponses.cached(etag, json, Map.of("measures", 22));
        assertEquals(304, again.getStatus());
        assertEquals(null, again.getEntity());
        assertEquals(200, PublicResponses.cached(etag, json, Map.of("measures", 23)).getStatus());
    }

    @Test
    void if_none_match_lists_weak_tags_and_star_and_ignores_junk() {
        assertTrue(PublicResponses.matches("\"a\", W/\"b\"", "b"));
        assertTrue(PublicResponses.matches("*", "b"));
        assertFalse(PublicResponses.matches("\"a\"", "b"));
        assertFalse(PublicResponses.matches("b", "b"));
        assertFalse(PublicResponses.matches("\u0000" + "x".repeat(3000), "b"));
        assertFalse(PublicResponses.matches(null, "b"));
    }
}
