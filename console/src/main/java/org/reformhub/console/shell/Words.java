package org.reformhub.console.shell;

import io.quarkus.qute.TemplateExtension;

import org.reformhub.kernel.text.MessageBundle;

/** Names of the codes the services send (statuses, workflow steps), from {@code i18n/console.properties}. */
@TemplateExtension(namespace = "words")
public final class Words {

    static final MessageBundle BUNDLE = MessageBundle.named("i18n.console");

    private Words() {
    }

    /** {words:appealStatus(appeal.status)}: 办理中 for ASSIGNED; an unknown code is shown as it is. */
    static String appealStatus(String code) {
        return named("appeal.status.", code);
    }

    static String reportStatus(String code) {
        return named("report.status.", code);
    }

    static String measureStatus(String code) {
        return named("measure.status.", code);
    }

    static String reportStep(String code) {
        return named("report-step.", code);
    }

    static String rating(String code) {
        return named("rating.", code);
    }

    static String step(String code) {
        return named("step.", code);
    }

    public static String text(String key) {
        return BUNDLE.text(key);
    }

    private static String named(String prefix, String code) {
        return code != null && BUNDLE.has(prefix + code) ? BUNDLE.text(prefix + code) : String.valueOf(code);
    }
}
