package org.reformhub.registry.tasktable.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reformhub.registry.measure.domain.Kpi;

/**
 * Reads the targets a task-division table states in a work item or a remark, the ways such tables state them:
 * 由128项增加至189项 (from, to), 压缩至3个工作日 / 缩短至 / 降至 (at most), 不超过5天 (at most), 达到95% / 提高至 (at least),
 * 不少于50家 / 不低于 (at least), 实现18个事项“一网通办” (at least), and 全覆盖 (100 %, at least). A range (3-5个工作日) counts
 * by its bound that must be met: the upper one for at most, the lower one for at least. Pure, unit-tested on the seed
 * table and a second one.
 */
public final class StatedTargets {

    /** Measure words a figure may carry, longest first. */
    static final String UNIT = "(%|％|个工作日|工作日|个小时|小时|分钟|万元|亿元|万户|万人|个|项|天|日|家|件|次|户|人|元|笔|宗|条|类|种|台|份|秒)";
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final String RANGE = NUMBER + "\\s*(?:(?:-|－|~|～|—|至|到)\\s*" + NUMBER + ")?\\s*";
    private static final String SHRINK = "减少|缩短|压缩|下降|降低|缩减|降|减";

    private static final Pattern FROM_TO = Pattern.compile("由\\s*" + NUMBER + "\\s*" + UNIT + "?\\s*(增加|提升|提高|增长|扩大|"
            + SHRINK + ")?(?:到|至)\\s*" + NUMBER + "\\s*" + UNIT + "?");
    private static final Pattern AT_MOST = Pattern.compile("(?:(?:" + SHRINK + ")(?:到|至)|不超过|不多于|不高于|最多|以内)\\s*"
            + RANGE + UNIT);
    private static final Pattern AT_LEAST = Pattern.compile("(?:达到|提高至|提升至|提高到|提升到|增加至|增加到|增长至|扩大至|不少于|不低于|"
            + "至少|超过|实现)\\s*" + RANGE + UNIT);
    private static final Pattern FULL_COVERAGE = Pattern.compile("全覆盖");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[。；;，,！!：:\\n]");

    private StatedTargets() {
    }

    private record Found(int at, Kpi kpi) {
    }

    /** Every target the text states, in the order it states them; none when it states none. */
    public static List<Kpi> read(String text) {
        List<Found> targets = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<int[]> taken = new ArrayList<>();
        Matcher m = FROM_TO.matcher(text);
        while (m.find()) {
            boolean shrinks = m.group(3) != null && m.group(3).matches(SHRINK);
            String unit = unit(m.group(5) != null ? m.group(5) : m.group(2));
            targets.add(new Found(m.start(), new Kpi(subject(text, m.start(), m.end()), unit, new BigDecimal(m.group(1)),
                    new BigDecimal(m.group(4)), shrinks ? Kpi.Direction.AT_MOST : Kpi.Direction.AT_LEAST)));
            taken.add(new int[] {m.start(), m.end()});
        }
        read(text, AT_MOST, Kpi.Direction.AT_MOST, taken, targets);
        read(text, AT_LEAST, Kpi.Direction.AT_LEAST, taken, targets);
        Matcher full = FULL_COVERAGE.matcher(text);
        while (full.find()) {
            if (free(taken, full.start(), full.end())) {
                targets.add(new Found(full.start(), new Kpi(subject(text, full.start(), full.end()) + "覆盖率", "%", null,
                        new BigDecimal(100), Kpi.Direction.AT_LEAST)));
                taken.add(new int[] {full.start(), full.end()});
            }
        }
        return targets.stream().sorted(java.util.Comparator.comparingInt(Found::at)).map(Found::kpi).toList();
    }

    private static void read(String text, Pattern pattern, Kpi.Direction direction, List<int[]> taken, List<Found> targets) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (!free(taken, m.start(), m.end())) {
                continue;
            }
            BigDecimal low = new BigDecimal(m.group(1));
            BigDecimal high = m.group(2) == null ? low : new BigDecimal(m.group(2));
            BigDecimal bound = direction == Kpi.Direction.AT_MOST ? high.max(low) : low.min(high);
            targets.add(new Found(m.start(), new Kpi(subject(text, m.start(), m.end()), unit(m.group(3)), null, bound, direction)));
            taken.add(new int[] {m.start(), m.end()});
        }
    }

    private static boolean free(List<int[]> taken, int start, int end) {
        return taken.stream().noneMatch(t -> start < t[1] && end > t[0]);
    }

    /**
     * What the figure measures: the words before it in its clause ("企业开办时间压缩至1个工作日" → "企业开办时间"), or, when
     * the figure opens its clause, the words after it ("实现18个事项“一网通办”" → "事项“一网通办”").
     */
    private static String subject(String text, int start, int end) {
        int clauseStart = 0;
        Matcher breaks = CLAUSE_BREAK.matcher(text);
        while (breaks.find() && breaks.start() < start) {
            clauseStart = breaks.end();
        }
        String before = text.substring(clauseStart, start).strip()
                .replaceFirst("^(\\d+[.、．]\\s*)", "").replaceFirst("^([一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,]?)", "")
                .replaceFirst("^(并|且|已|共|将|把|使|力争|推动|确保|实现)+", "").strip();
        if (!before.isBlank()) {
            return cut(before);
        }
        Matcher next = CLAUSE_BREAK.matcher(text);
        int clauseEnd = next.find(end) ? next.start() : text.length();
        String after = text.substring(end, clauseEnd).strip();
        return after.isBlank() ? "指标" : cut(after);
    }

    private static String cut(String name) {
        return name.length() <= 60 ? name : name.substring(name.length() - 60);
    }

    private static String unit(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        return unit.equals("％") ? "%" : unit;
    }
}
