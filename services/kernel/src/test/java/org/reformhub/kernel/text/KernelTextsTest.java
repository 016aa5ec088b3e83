package org.reformhub.kernel.text;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.MessageKeys;

/** The kernel's words (problems, JSON errors, files, idempotency) are all in {@code i18n/kernel.properties}. */
class KernelTextsTest {

    @Test
    void every_message_the_kernel_names_is_in_its_bundle() {
        MessageKeys.assertEveryUsedKeyExists("services/kernel", MessageBundle.KERNEL);
        MessageKeys.assertEveryUsedKeyExists("services/kernel-core", MessageBundle.KERNEL);
    }
}
