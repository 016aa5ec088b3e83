package org.reformhub.appeals.district.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import org.reformhub.appeals.district.domain.District;

@ApplicationScoped
public class DistrictRepository implements PanacheRepositoryBase<District, String> {

    public List<District> inOrder() {
        return listAll(Sort.ascending("sortOrder", "code"));
    }
}
