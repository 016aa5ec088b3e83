package org.reformhub.console.shell;

import java.util.List;

/** One option of a radio group: the code the service takes and the words a person reads. */
public record Choice(String code, String label) {

    /** 答复结果, in the service's order. */
    public static final List<Choice> OUTCOMES = List.of(new Choice("RESOLVED", "已解决"), new Choice("PARTLY_RESOLVED", "部分解决"),
            new Choice("CANNOT_RESOLVE_NOW", "暂不能解决（须写明规定办理时限）"), new Choice("NOT_IN_REMIT", "不属于政府职责范围"));

    /** 满意度, five levels; the last two send the case back to be handled again. */
    public static final List<Choice> RATINGS = List.of(new Choice("VERY_SATISFIED", "非常满意"), new Choice("SATISFIED", "满意"),
            new Choice("BASICALLY_SATISFIED", "基本满意"), new Choice("DISSATISFIED", "不满意（重新办理）"),
            new Choice("VERY_DISSATISFIED", "非常不满意（重新办理）"));

    /** 回访 score: 5 非常满意 … 1 非常不满意 (1 and 2 send the case back to be handled again). */
    public static final List<Choice> FOLLOW_UP_SCORES = List.of(new Choice("5", "5 分 非常满意"), new Choice("4", "4 分 满意"),
            new Choice("3", "3 分 基本满意"), new Choice("2", "2 分 不满意（重新办理）"), new Choice("1", "1 分 非常不满意（重新办理）"));

    /** How the office reached the enterprise for the follow-up. */
    public static final List<Choice> FOLLOW_UP_CHANNELS = List.of(new Choice("PHONE", "电话回访"), new Choice("SMS", "短信回访"),
            new Choice("VISIT", "上门回访"), new Choice("HOTLINE_12345", "12345 热线回访"));

    /** 工作状态 a progress report claims, in the service's order. */
    public static final List<Choice> MEASURE_STATUSES = List.of(new Choice("NOT_STARTED", "未启动"),
            new Choice("IN_PROGRESS", "正在推进"), new Choice("COMPLETED", "已完成"),
            new Choice("ONGOING", "持续推进（无完成时限的举措）"));
}
