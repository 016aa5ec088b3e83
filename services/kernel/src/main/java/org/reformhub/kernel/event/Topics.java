package org.reformhub.kernel.event;

/** The topic names fixed by ARCHITECTURE.md: one per producing service, a dead-letter topic per consumed topic. */
public final class Topics {
    public static final String REGISTRY = "reform.registry";
    public static final String PROGRESS = "reform.progress";
    public static final String APPEALS = "reform.appeals";
    public static final String NOTIFICATIONS = "reform.notifications";

    /** Every producing service's topic: what the warehouse loads, what a replay reads. */
    public static final java.util.List<String> ALL = java.util.List.of(REGISTRY, PROGRESS, APPEALS, NOTIFICATIONS);

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }
}
