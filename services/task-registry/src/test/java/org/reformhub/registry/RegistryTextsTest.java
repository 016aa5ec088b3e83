package org.reformhub.registry;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.MessageKeys;
import org.reformhub.kernel.text.MessageBundle;

/** Every word this service answers people with is looked up in {@code i18n/registry.properties}: none is missing. */
class RegistryTextsTest {

    private static final MessageBundle BUNDLE = MessageBundle.named("i18n.registry");

    @Test
    void every_message_the_registry_names_is_in_its_bundle() {
        MessageKeys.assertEveryUsedKeyExists("services/task-registry", BUNDLE);
    }
}
