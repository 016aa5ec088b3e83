package org.reformhub.notifications.inbox.infrastructure;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * The Chinese wording of each rule, as Qute templates in {@code templates/notice/<rule>.txt}: the first line is
 * the title, the rest the body. Values are rendered as text, never as markup.
 */
@ApplicationScoped
public class NoticeTemplates {

    public record Rendered(String title, String body) {
    }

    private final Engine engine;

    public NoticeTemplates(Engine engine) {
        this.engine = engine;
    }

    public Rendered render(String rule, Map<String, Object> model) {
        Template template = engine.getTemplate("notice/" + rule);
        if (template == null) {
            throw new IllegalStateException("no template for rule " + rule);
        }
        String text = template.data(model).render().strip();
        int end = text.indexOf('\n');
        return end < 0 ? new Rendered(text, "") : new Rendered(text.substring(0, end).strip(), text.substring(end + 1).strip());
    }
}
