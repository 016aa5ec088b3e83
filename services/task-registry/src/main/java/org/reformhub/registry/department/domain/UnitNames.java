package org.reformhub.registry.department.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Matches the names a table uses (珠海税务局, 市中级人民法院) to catalogue codes, through official names and
 * aliases, ignoring spaces and full-width/half-width brackets. Merged departments resolve to their survivor.
 */
public final class UnitNames {

    private final Map<String, String> codeByName = new HashMap<>();

    public UnitNames(Collection<DepartmentSnapshot> departments) {
        for (DepartmentSnapshot d : departments) {
            String target = d.mergedInto() != null ? d.mergedInto() : d.code();
            codeByName.put(normalise(d.name()), target);
            d.aliases().forEach(alias -> codeByName.putIfAbsent(normalise(alias), target));
        }
    }

    public Optional<String> codeOf(String unitName) {
        return Optional.ofNullable(codeByName.get(normalise(unitName)));
    }

    static String normalise(String name) {
        return name.strip().replace('(', '（').replace(')', '）').replaceAll("\\s+", "");
    }
}
