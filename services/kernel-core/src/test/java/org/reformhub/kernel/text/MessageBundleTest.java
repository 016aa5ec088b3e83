package org.reformhub.kernel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Words come from the bundle with their arguments inserted as they are; a missing key is a programming error. */
class MessageBundleTest {

    @Test
    void arguments_are_inserted_as_they_are_without_number_grouping() {
        assertEquals("附件最多 2026 个", MessageBundle.KERNEL.text("file.too-many", 2026));
        assertEquals("JSON 格式错误（第 3 行第 14 列）", MessageBundle.KERNEL.text("json.not-json", 3, 14));
    }

    @Test
    void braces_that_are_not_arguments_stay() {
        assertTrue(MessageBundle.KERNEL.text("json.not-one-of", "{A, B}").endsWith("{A, B}"));
    }

    @Test
    void a_key_the_bundle_lacks_fails_loudly() {
        assertThrows(IllegalStateException.class, () -> MessageBundle.KERNEL.text("no.such.key"));
    }
}
