package org.reformhub.appeals.category.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.reformhub.appeals.category.domain.Category;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, String> {
}
