package org.reformhub.kernel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void the_words_are_found_anywhere_and_their_wildcards_are_data() {
        assertEquals("%用地%", LikePattern.containing("用地"));
        assertEquals("%100\\%\\_a\\\\b%", LikePattern.containing("100%_a\\b"));
    }
}
