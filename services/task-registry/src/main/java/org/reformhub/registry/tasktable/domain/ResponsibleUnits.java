package org.reformhub.registry.tasktable.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits 责任单位 into lead units (牵头/统筹/负责/牵头统筹/共同牵头) and cooperating units (配合/协同/参与):
 * "市住房城乡建设局统筹，市自然资源局、珠海供电局配合" → lead [市住房城乡建设局], cooperating
 * [市自然资源局, 珠海供电局]. Units named without a role are leads (usually the only unit named).
 */
public final class ResponsibleUnits {

    public record Split(List<String> lead, List<String> cooperating) {
    }

    private static final Pattern ROLE = Pattern.compile("(共同牵头|牵头统筹|牵头负责|牵头|统筹|负责|主责|配合|协同|协助|参与)");
    private static final Pattern SEPARATOR = Pattern.compile("[、，,；;/\\s]+|(?<=[局院委办府会行司队关团心])及|(?<=[局院委办府会行司队关团心])和");

    private ResponsibleUnits() {
    }

    public static Split split(String text) {
        Set<String> lead = new LinkedHashSet<>();
        Set<String> cooperating = new LinkedHashSet<>();
        String value = text == null ? "" : text.strip().replace('\n', '、');
        Matcher role = ROLE.matcher(value);
        int segmentStart = 0;
        while (role.find()) {
            List<String> units = units(value.substring(segmentStart, role.start()));
            if (isCooperating(role.group(1))) {
                cooperating.addAll(units);
            } else {
                lead.addAll(units);
            }
            segmentStart = role.end();
        }
        List<String> rest = units(value.substring(segmentStart));
        lead.addAll(rest);
        cooperating.removeAll(lead);
        return new Split(List.copyOf(lead), List.copyOf(cooperating));
    }

    private static boolean isCooperating(String role) {
        return role.equals("配合") || role.equals("协同") || role.equals("协助") || role.equals("参与");
    }

    private static List<String> units(String segment) {
        List<String> units = new ArrayList<>();
        for (String part : SEPARATOR.split(segment)) {
            String unit = part.strip().replaceAll("^(由|等)|等$", "").replaceAll("[。.]$", "");
            if (unit.length() >= 2) {
                units.add(unit);
            }
        }
        return units;
    }
}
