package org.reformhub.progress;

import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.MessageKeys;
import org.reformhub.kernel.text.MessageBundle;

/** Every word this service answers people with is looked up in {@code i18n/progress.properties}: none is missing. */
class ProgressTextsTest {

    private static final MessageBundle BUNDLE = MessageBundle.named("i18n.progress");

    @Test
    void every_message_progress_names_is_in_its_bundle() {
        MessageKeys.assertEveryUsedKeyExists("services/progress-reporting", BUNDLE);
        MessageKeys.assertEveryConstantHasWords(BUNDLE, "report.status.",
                org.reformhub.progress.report.domain.ReportStatus.values());
        MessageKeys.assertEverySlugHasWords("services/progress-reporting", BUNDLE, "report.action.",
                java.util.regex.Pattern.compile("WrongStatus\\(status, (?:[^\"]*\\? )?\"([a-z-]+)\""));
    }
}
