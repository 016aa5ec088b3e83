package org.reformhub.console.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Each role sees its own work in the navigation, and the page it is on is marked for screen readers. */
class ViewerTest {

    private static List<String> labels(Viewer viewer) {
        return viewer.navigation("/app/").stream().map(Viewer.NavItem::label).toList();
    }

    @Test
    void each_role_has_its_own_navigation() {
        assertEquals(List.of("首页", "反映诉求", "我的诉求", "消息", "消息设置"),
                labels(new Viewer("e", "企业", Set.of("enterprise"), null, "91440400MA4UH1234T")));
        assertEquals(List.of("首页", "我的举措", "本单位报告", "本单位诉求", "督办单", "消息", "消息设置"),
                labels(new Viewer("d", "单位", Set.of("department"), "zwsj", null)));
        List<String> office = List.of("首页", "推进情况", "进展审核", "进展报告", "改革任务", "改革举措", "诉求办理", "面对面", "办理情况", "督办", "报告",
                "导入", "诉求类别");
        assertEquals(concat(office, List.of("消息", "消息设置")),
                labels(new Viewer("s", "营商办", Set.of("supervisor"), null, null)));
        // the administrator works as the office does, and manages accounts and the calendar (categories: the office keeps
        // their reply templates, the administrator the categories themselves)
        assertEquals(concat(office, List.of("账号管理", "节假日", "县区", "消息", "消息设置")),
                labels(new Viewer("a", "管理员", Set.of("admin"), null, null)));
        // a district office: the appeal work of its district only
        Viewer hengqin = new Viewer("h", "横琴营商办", Set.of("district"), null, null, "hengqin", "横琴");
        assertEquals(List.of("首页", "诉求办理", "录入诉求", "面对面", "办理情况", "消息", "消息设置"), labels(hengqin));
        assertEquals("县区营商办（横琴）", hengqin.roleName());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    @Test
    void the_current_page_is_marked() {
        List<Viewer.NavItem> items = new Viewer("e", "企业", Set.of("enterprise"), null, "x").navigation("/app/inbox");
        assertTrue(items.stream().filter(Viewer.NavItem::current).map(Viewer.NavItem::href).toList().equals(List.of("/app/inbox")));
    }

    @Test
    void typed_values_keep_what_was_given_and_blank_fields_go_as_absent() {
        assertEquals(java.util.Map.of("title", "厂房用地"), Forms.typed("title", "厂房用地", "phone", null));
        assertEquals(null, Forms.blankToNull("   "));
        assertEquals("张三", Forms.blankToNull(" 张三 "));
    }

    @Test
    void a_date_field_is_absent_a_date_or_not_a_date() {
        assertEquals(new Forms.DateInput(null, false), Forms.DateInput.of("  "));
        assertEquals(new Forms.DateInput(java.time.LocalDate.of(2027, 1, 15), false), Forms.DateInput.of(" 2027-01-15 "));
        assertEquals(new Forms.DateInput(null, true), Forms.DateInput.of("2027年1月15日"));
        assertEquals(new Forms.DateInput(null, true), Forms.DateInput.of("2027-02-30"));
    }
}
