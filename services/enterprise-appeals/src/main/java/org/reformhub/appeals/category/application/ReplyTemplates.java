package org.reformhub.appeals.category.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.appeals.category.domain.CategoryRejection;
import org.reformhub.appeals.category.domain.ReplyTemplate;
import org.reformhub.appeals.category.infrastructure.CategoryRepository;
import org.reformhub.appeals.category.infrastructure.ReplyTemplateRepository;

/** Each category's reply templates: read by whoever answers, kept by the office. */
@ApplicationScoped
public class ReplyTemplates {

    private final CategoryRepository categories;
    private final ReplyTemplateRepository templates;

    public ReplyTemplates(CategoryRepository categories, ReplyTemplateRepository templates) {
        this.categories = categories;
        this.templates = templates;
    }

    public List<ReplyTemplate> of(String category) {
        return templates.ofCategory(known(category));
    }

    @Transactional
    public ReplyTemplate add(String category, String title, String body, String by) {
        // the category's row lock orders two additions racing for the last place
        if (categories.findByIdOptional(category, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).isEmpty()) {
            RejectedException.raise(new CategoryRejection.UnknownCategory(category));
        }
        if (templates.countOfCategory(category) >= ReplyTemplate.MAX_PER_CATEGORY) {
            RejectedException.raise(new CategoryRejection.TooManyTemplates(ReplyTemplate.MAX_PER_CATEGORY));
        }
        ReplyTemplate template = new ReplyTemplate(category, title, body, by, Instant.now());
        templates.persist(template);
        return template;
    }

    @Transactional
    public ReplyTemplate reword(String category, UUID id, String title, String body, String by) {
        ReplyTemplate template = find(category, id);
        template.reword(title, body, by, Instant.now());
        templates.flush();
        return template;
    }

    @Transactional
    public void remove(String category, UUID id) {
        templates.delete(find(category, id));
    }

    private ReplyTemplate find(String category, UUID id) {
        return templates.findByIdOptional(id).filter(t -> t.categoryCode().equals(known(category)))
                .orElseThrow(() -> new RejectedException(new CategoryRejection.UnknownTemplate(id)));
    }

    private String known(String category) {
        if (categories.findByIdOptional(category).isEmpty()) {
            RejectedException.raise(new CategoryRejection.UnknownCategory(category));
        }
        return category;
    }
}
