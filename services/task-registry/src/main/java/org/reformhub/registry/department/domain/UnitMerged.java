package org.reformhub.registry.department.domain;

/**
 * A department was folded into another: whatever names the duplicate (the measures' responsible units) moves to the
 * survivor, in the same transaction. Fired by the catalogue, observed by the features that name departments, so the
 * catalogue does not depend on them.
 */
public record UnitMerged(String duplicateCode, ResponsibleUnit survivor, String actor) {
}
