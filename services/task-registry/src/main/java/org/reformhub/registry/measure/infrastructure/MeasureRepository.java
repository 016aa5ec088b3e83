package org.reformhub.registry.measure.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.reformhub.registry.measure.domain.Measure;

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, String> {

    /** Rows of (list, domain, count). */
    public List<Object[]> countsByListAndDomain() {
        return getEntityManager()
                .createQuery("select m.list, m.domain, count(m) from Measure m group by m.list, m.domain", Object[].class)
                .getResultList();
    }
}
