package org.reformhub.appeals.category.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.appeals.category.domain.Category;
import org.reformhub.appeals.category.domain.CategoryRejection;
import org.reformhub.appeals.category.infrastructure.CategoryRepository;

/** The category catalogue: read by everyone who files or routes, edited by admins. */
@ApplicationScoped
public class CategoryCatalogue {

    private final CategoryRepository categories;

    public CategoryCatalogue(CategoryRepository categories) {
        this.categories = categories;
    }

    public List<Category> all() {
        return categories.listAll(Sort.ascending("code"));
    }

    /** Each category's name by its code, for figures and views that show names. */
    public java.util.Map<String, String> names() {
        java.util.Map<String, String> names = new java.util.TreeMap<>();
        all().forEach(c -> names.put(c.code(), c.name()));
        return names;
    }

    /** A category's name for the events that carry it; null for a code the catalogue does not have. */
    public String nameOf(String code) {
        Category category = categories.findById(code);
        return category == null ? null : category.name();
    }

    /** An active category; refused naming the field otherwise: an appeal needs one the catalogue offers. */
    public Category forNewAppeal(String code) {
        Category category = categories.findById(code);
        if (category == null || !category.active()) {
            throw new RejectedException(new CategoryRejection.InactiveCategory(code));
        }
        return category;
    }

    @Transactional
    public Category save(String code, String name, String defaultUnit, int timeLimitDays, int urgentTimeLimitDays,
                         boolean active) {
        Category category = categories.findById(code);
        if (category == null) {
            category = new Category(code, name, defaultUnit, timeLimitDays, urgentTimeLimitDays);
            categories.persist(category);
        }
        RejectedException.raiseIfAny(category.describe(name, defaultUnit, timeLimitDays, urgentTimeLimitDays, active));
        return category;
    }

    public Category require(String code) {
        Category category = categories.findById(code);
        if (category == null) {
            throw new RejectedException(new CategoryRejection.UnknownCategory(code));
        }
        return category;
    }
}
