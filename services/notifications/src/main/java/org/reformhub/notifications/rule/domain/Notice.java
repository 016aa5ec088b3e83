package org.reformhub.notifications.rule.domain;

import java.util.List;
import java.util.Map;

/**
 * What one rule says about one event: its recipients, how urgent it is, and the values its template is rendered
 * with ({@code templates/notice/<rule>.txt}: the first line is the title, the rest the body).
 */
public record Notice(String rule, String category, Severity severity, List<Recipient> recipients, Map<String, Object> model,
                     String link) {

    public Notice {
        recipients = recipients.stream().filter(r -> r.id() != null && !r.id().isBlank()).distinct().toList();
        model = Map.copyOf(model);
    }
}
