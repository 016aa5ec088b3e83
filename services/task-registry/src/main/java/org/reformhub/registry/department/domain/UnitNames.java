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
    private final Map<String, String> officialName = new HashMap<>();

    public UnitNames(Collection<DepartmentSnapshot> departments) {
        for (DepartmentSnapshot d : departments) {
            String target = d.mergedInto() != null ? d.mergedInto() : d.code();
            codeByName.put(normalise(d.name()), target);
            d.aliases().forEach(alias -> codeByName.putIfAbsent(normalise(alias), target));
            if (d.mergedInto() == null) {
                officialName.put(d.code(), d.name());
            }
        }
    }

    public Optional<String> codeOf(String unitName) {
        return Optional.ofNullable(codeByName.get(normalise(unitName)));
    }

    public String officialName(String code) {
        return officialName.get(code);
    }

    /**
     * The code a name nobody catalogued gets: derived from the name, so a dry run and the real run (and a
     * second import) agree on it.
     */
    public static String provisionalCode(String unitName) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(normalise(unitName).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "new-" + java.util.HexFormat.of().formatHex(hash, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalise(String name) {
        return name.strip().replace('(', '（').replace(')', '）').replaceAll("\\s+", "");
    }
}
