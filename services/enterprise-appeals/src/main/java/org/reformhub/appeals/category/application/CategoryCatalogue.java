package org.reformhub.appeals.category.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemException;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.appeals.category.domain.Category;
import org.reformhub.appeals.category.infrastructure.CategoryRepository;

import static org.reformhub.appeals.AppealTexts.text;

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

    /** An active category, or 422 naming the field: an appeal needs one the catalogue offers. */
    public Category forNewAppeal(String code) {
        Category category = categories.findById(code);
        if (category == null || !category.active()) {
            throw ProblemException.unprocessable(text("category.inactive-title"), text("category.inactive", code),
                    List.of(new Problem.FieldError("category", text("category.inactive-field"))));
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
        String refused = category.describe(name, defaultUnit, timeLimitDays, urgentTimeLimitDays, active);
        if (refused != null) {
            throw ProblemException.invalid(refused, List.of(new Problem.FieldError("urgentTimeLimitDays", refused)));
        }
        return category;
    }

    public Category require(String code) {
        Category category = categories.findById(code);
        if (category == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, text("category.unknown", code));
        }
        return category;
    }
}
