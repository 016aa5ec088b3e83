package org.reformhub.registry.department.domain;

/** A department named in 责任单位, by catalogue code and official name. */
public record ResponsibleUnit(String code, String name) {
}
