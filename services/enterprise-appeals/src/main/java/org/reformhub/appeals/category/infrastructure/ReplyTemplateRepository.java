package org.reformhub.appeals.category.infrastructure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.appeals.category.domain.ReplyTemplate;

@ApplicationScoped
public class ReplyTemplateRepository implements PanacheRepositoryBase<ReplyTemplate, UUID> {

    public List<ReplyTemplate> ofCategory(String category) {
        return list("categoryCode", Sort.ascending("title"), category);
    }

    public long countOfCategory(String category) {
        return count("categoryCode", category);
    }
}
