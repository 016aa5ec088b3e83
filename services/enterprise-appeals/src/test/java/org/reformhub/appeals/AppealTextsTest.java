package org.reformhub.appeals;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.MessageKeys;
import org.reformhub.kernel.text.MessageBundle;

/** Every word this service answers people with is looked up in {@code i18n/appeals.properties}: none is missing. */
class AppealTextsTest {

    private static final MessageBundle BUNDLE = MessageBundle.named("i18n.appeals");

    @Test
    void every_message_the_channel_names_is_in_its_bundle() {
        MessageKeys.assertEveryUsedKeyExists("services/enterprise-appeals", BUNDLE);
        MessageKeys.assertEveryConstantHasWords(BUNDLE, "appeal.status.",
                org.reformhub.appeals.appeal.domain.AppealStatus.values());
        MessageKeys.assertEverySlugHasWords("services/enterprise-appeals", BUNDLE, "appeal.action.",
                java.util.regex.Pattern.compile("(?:WrongStatus\\([^,]+, |statusIn\\(|staffStep\\(staff, )\"([a-z-]+)\""));
    }
}
