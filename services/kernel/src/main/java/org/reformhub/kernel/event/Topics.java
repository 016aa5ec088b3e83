package org.reformhub.kernel.event;

/** The topic names fixed by ARCHITECTURE.md: one per producing service, a dead-letter topic per consumed topic. */
public final class Topics {
    public static final String REGISTRY = "reform.registry";
    public static final String PROGRESS = "reform.progress";
    public static final String APPEALS = "reform.appeals";
    public static final String NOTIFICATIONS = "reform.notifications";

    /** The registry's measure events: each carries the measure's full state (consumers keep the newest version). */
    public static final java.util.List<String> REGISTRY_MEASURE_EVENTS = java.util.List.of("reform.registry.measure.created.v1",
            "reform.registry.measure.updated.v1", "reform.registry.measure.archived.v1");

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }
}
