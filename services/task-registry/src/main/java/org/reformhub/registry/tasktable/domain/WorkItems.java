package org.reformhub.registry.tasktable.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits 工作措施 into ordered work items: one per numbered point or paragraph, numbering removed
 * ("1.", "1、", "（1）", "(1)", "①", "一是…二是…"), paragraphs whose Word numbering was lost included.
 */
public final class WorkItems {

    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:\\d{1,2}\\s*[.．、)）]|[（(]\\s*\\d{1,2}\\s*[)）]|[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十]{1,2}\\s*[、.．])\\s*");
    private static final Pattern SAYS_ORDINAL = Pattern.compile("(?<=^|[。；;，,\\s])[一二三四五六七八九十]{1,2}是");

    private WorkItems() {
    }

    public static List<String> split(String cell) {
        List<String> items = new ArrayList<>();
        if (cell == null) {
            return items;
        }
        for (String paragraph : cell.split("\n")) {
            String text = paragraph.strip();
            if (text.isEmpty()) {
                continue;
            }
            for (String point : splitOrdinals(text)) {
                String item = NUMBERING.matcher(point).replaceFirst("").strip();
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** "一是加强…；二是推进…" → ["加强…；", "推进…"] — only when it starts with 一是, so prose mentioning 二是 stays whole. */
    private static List<String> splitOrdinals(String paragraph) {
        Matcher m = SAYS_ORDINAL.matcher(paragraph);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        if (starts.size() < 2 || !paragraph.substring(starts.get(0)).startsWith("一是")) {
            return List.of(paragraph);
        }
        List<String> points = new ArrayList<>();
        String lead = paragraph.substring(0, starts.get(0)).strip();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : paragraph.length();
            String point = paragraph.substring(starts.get(i), end).replaceFirst("^[一二三四五六七八九十]{1,2}是", "").strip();
            points.add(i == 0 && !lead.isEmpty() && !lead.matches(".*[：:]$") ? lead + point : point);
        }
        return points;
    }
}
