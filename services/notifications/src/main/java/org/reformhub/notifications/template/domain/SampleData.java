package org.reformhub.notifications.template.domain;

import java.util.List;
import java.util.Map;

/**
 * Plausible values for every name the templates use, so a preview shows a real-looking message (and an edit that
 * names a value no rule gives is caught before it is saved).
 */
public final class SampleData {

    private SampleData() {
    }

    public static final Map<String, Object> MODEL = Map.ofEntries(
            Map.entry("code", "1-03"), Map.entry("title", "优化水电气外线报建流程"), Map.entry("programme", "yshj-2020"),
            Map.entry("unit", "市自然资源局"), Map.entry("role", "牵头单位"), Map.entry("deadline", "2026-12-31"),
            Map.entry("days", 7), Map.entry("case", "ZTC-2026-00042"), Map.entry("due", "2026-12-15"),
            Map.entry("note", "请补充项目红线图"), Map.entry("outcome", "已解决"), Map.entry("dept", "zrzy"),
            Map.entry("period", "2026-11"), Map.entry("reason", "进展描述过于简单，请补充具体数据"),
            Map.entry("kind", "月报"), Map.entry("number", "督办〔2026〕12号"), Map.entry("subject", "改革举措 1-03"),
            Map.entry("reply", "已完成外线报建并联审批改造"), Map.entry("date", "2026-11-28"),
            Map.entry("items", List.of(Map.of("title", "【预警】诉求 ZTC-2026-00042 办理时限将至", "time", "09:30"),
                    Map.of("title", "进展报告被退回：1-03（2026-11）", "time", "14:05"))),
            Map.entry("count", 2), Map.entry("link", "/app/appeals/ZTC-202612-00042"),
            Map.entry("place", "区政务服务中心 301 会议室"), Map.entry("level", "横琴"),
            Map.entry("cases", "ZTC-202612-00042 厂房用地手续"), Map.entry("person", "张经理"),
            Map.entry("unsubscribe", "https://reformhub.example/public/notifications/unsubscribe?token=Xb2-example-token-0000000000000"));
}
