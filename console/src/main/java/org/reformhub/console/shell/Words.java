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
    public static String appealStatus(String code) {
        return named("appeal.status.", code);
    }

    public static String reportStatus(String code) {
        return named("report.status.", code);
    }

    public static String measureStatus(String code) {
        return named("measure.status.", code);
    }

    public static String health(String code) {
        return named("health.", code);
    }

    static String deadline(String code) {
        return named("deadline.", code);
    }

    static String programmeStatus(String code) {
        return named("programme.status.", code);
    }

    /** A measure's field as the table heads it (工作措施 for workItems). */
    static String field(String code) {
        return named("field.", code);
    }

    static String sessionOutcome(String code) {
        return named("session-outcome.", code);
    }

    static String agendaReason(String code) {
        return named("agenda-reason.", code);
    }

    static String noticeStatus(String code) {
        return named("notice-status.", code);
    }

    static String reportKind(String code) {
        return named("report-kind.", code);
    }

    static String channel(String code) {
        return named("channel.", code);
    }

    static String workItemState(String code) {
        return named("work-item-state.", code);
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
