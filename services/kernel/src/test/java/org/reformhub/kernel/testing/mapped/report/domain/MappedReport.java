package org.reformhub.kernel.testing.mapped.report.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Fixture: a domain class that carries its own table mapping (the mapping belongs in orm.xml). */
@Entity
public class MappedReport {

    @Id
    private Long id;

    public Long id() {
        return id;
    }
}
