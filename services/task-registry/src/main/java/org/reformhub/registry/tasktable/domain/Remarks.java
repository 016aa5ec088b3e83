package org.reformhub.registry.tasktable.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reformhub.registry.measure.domain.StatedStatus;

/** Reads a remark (备注): the stated status and the figures it gives. */
public final class Remarks {

    /** Measure words a figure may carry, longest first. */
    private static final String UNIT = "(%|％|个工作日|工作日|个小时|小时|分钟|万元|亿元|万户|万人|个|项|天|日|家|件|次|户|人|元|笔|宗|条|类|种|台|份)";
    private static final Pattern FIGURE = Pattern.compile(
            "由\\s*(\\d+(?:\\.\\d+)?)\\s*" + UNIT + "?\\s*"
                    + "(?:增加|提升|提高|增长|扩大|减少|缩短|压缩|下降|降低|缩减)?(?:到|至)\\s*(\\d+(?:\\.\\d+)?)\\s*" + UNIT + "?");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[。；;，,！!]");

    private Remarks() {
    }

    public static StatedStatus status(String remark) {
        String text = remark == null ? "" : remark.strip();
        if (text.startsWith("已完成") || (text.contains("已完成") && !text.contains("正在推进"))) {
            return StatedStatus.COMPLETED;
        }
        if (text.contains("正在推进") || text.contains("推进中")) {
            return StatedStatus.IN_PROGRESS;
        }
        return StatedStatus.NOT_STATED;
    }

    public static List<StatedFigure> figures(String remark) {
        List<StatedFigure> figures = new ArrayList<>();
        if (remark == null) {
            return figures;
        }
        Matcher m = FIGURE.matcher(remark);
        while (m.find()) {
            String unit = normalise(m.group(4) != null ? m.group(4) : m.group(2));
            figures.add(new StatedFigure(subject(remark, m.start()), new BigDecimal(m.group(1)), new BigDecimal(m.group(3)),
                    unit, m.group().strip()));
        }
        return figures;
    }

    /** The words before "由" in the same clause: what the figure measures ("将“一次不用跑”清单" → "“一次不用跑”清单"). */
    private static String subject(String remark, int figureStart) {
        int clauseStart = 0;
        Matcher breaks = CLAUSE_BREAK.matcher(remark);
        while (breaks.find() && breaks.start() < figureStart) {
            clauseStart = breaks.end();
        }
        String subject = remark.substring(clauseStart, figureStart).strip();
        subject = subject.replaceFirst("^(并|且|已|共|将|把|使)+", "");
        return subject.isBlank() ? "指标" : subject;
    }

    private static String normalise(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        return unit.equals("％") ? "%" : unit;
    }
}
