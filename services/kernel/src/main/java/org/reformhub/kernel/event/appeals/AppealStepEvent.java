package org.reformhub.kernel.event.appeals;

import org.reformhub.kernel.event.CloudEvent;

import static org.reformhub.kernel.event.read.EventFields.object;
import static org.reformhub.kernel.event.read.EventFields.optionalText;

/**
 * One step of a case ({@code reform.appeals.appeal.<step>.v1}: filed, accepted, … closed): the step's action (FILED,
 * ANSWERED, …), who took it, its note, and the case after it.
 */
public record AppealStepEvent(String action, String actor, String note, PublishedAppeal appeal) {

    private static final String PREFIX = "reform.appeals.appeal.";

    public static boolean carriedBy(CloudEvent event) {
        return event.type().startsWith(PREFIX) && event.type().endsWith(".v1");
    }

    public static AppealStepEvent of(CloudEvent event) {
        return new AppealStepEvent(optionalText(event.data(), "action"), optionalText(event.data(), "actor"),
                optionalText(event.data(), "note"), PublishedAppeal.read(object(event.data(), "appeal")));
    }
}
