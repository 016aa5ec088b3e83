package org.reformhub.console.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who is looking at a page: their name, roles and the organisation the token names (a department's code, an
 * enterprise's 统一社会信用代码). Pages use it to show each role its own work and to hide what a role cannot do;
 * the services decide again on every call.
 */
public record Viewer(String username, String displayName, Set<String> roles, String dept, String uscc, String district,
                     String districtName) {

    public Viewer(String username, String displayName, Set<String> roles, String dept, String uscc) {
        this(username, displayName, roles, dept, uscc, null, null);
    }

    public static final String SUPERVISOR = "supervisor";
    /** A district office (县区营商办), its district in the token's {@code district} claim. */
    public static final String DISTRICT = "district";
    public static final String DEPARTMENT = "department";
    public static final String ENTERPRISE = "enterprise";
    public static final String ADMIN = "admin";

    public boolean isSupervisor() {
        return roles.contains(SUPERVISOR) || roles.contains(ADMIN);
    }

    /** The administrator: accounts, the calendar, the appeal categories (and everything the office does). */
    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    /** A district's office: the city office's appeal work, for its own district. */
    public boolean isDistrictOffice() {
        return roles.contains(DISTRICT) && !isSupervisor();
    }

    /** Whoever runs cases: the city office or a district's (the services decide which cases). */
    public boolean isCaseOffice() {
        return isSupervisor() || isDistrictOffice();
    }

    public boolean isDepartment() {
        return roles.contains(DEPARTMENT);
    }

    public boolean isEnterprise() {
        return roles.contains(ENTERPRISE);
    }

    /** 营商办 / 督查, 单位经办人 or 企业: how the header names the person's role. */
    public String roleName() {
        if (roles.contains(ADMIN)) {
            return "平台管理员";
        }
        if (roles.contains(SUPERVISOR)) {
            return "营商办";
        }
        if (isDistrictOffice()) {
            return "县区营商办（" + (districtName == null ? district : districtName) + "）";
        }
        if (isDepartment()) {
            return "单位经办人（" + dept + "）";
        }
        return isEnterprise() ? "企业" : "访客";
    }

    /** The navigation this role sees; the current page is marked for screen readers (aria-current). */
    public List<NavItem> navigation(String current) {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem("/app/", "首页", current));
        if (isEnterprise()) {
            items.add(new NavItem("/app/appeals/new", "反映诉求", current));
            items.add(new NavItem("/app/my/appeals", "我的诉求", current));
        }
        if (isDepartment()) {
            items.add(new NavItem("/app/my/measures", "我的举措", current));
            items.add(new NavItem("/app/progress-reports", "本单位报告", current));
            items.add(new NavItem("/app/my/appeals", "本单位诉求", current));
            items.add(new NavItem("/app/supervision", "督办单", current));
        }
        if (isDistrictOffice()) {
            items.add(new NavItem("/app/appeals", "诉求办理", current));
            items.add(new NavItem("/app/appeals/record", "录入诉求", current));
            items.add(new NavItem("/app/sessions", "面对面", current));
            items.add(new NavItem("/app/appeals/figures", "办理情况", current));
        }
        if (isSupervisor()) {
            items.add(new NavItem("/app/dashboard", "推进情况", current));
            items.add(new NavItem("/app/reviews", "进展审核", current));
            items.add(new NavItem("/app/progress-reports", "进展报告", current));
            items.add(new NavItem("/app/programmes", "改革任务", current));
            items.add(new NavItem("/app/measures", "改革举措", current));
            items.add(new NavItem("/app/appeals", "诉求办理", current));
            items.add(new NavItem("/app/sessions", "面对面", current));
            items.add(new NavItem("/app/appeals/figures", "办理情况", current));
            items.add(new NavItem("/app/supervision", "督办", current));
            items.add(new NavItem("/app/reports", "报告", current));
            items.add(new NavItem("/app/imports", "导入", current));
            items.add(new NavItem("/app/admin/categories", "诉求类别", current));
        }
        if (isAdmin()) {
            items.add(new NavItem("/app/admin/accounts", "账号管理", current));
            items.add(new NavItem("/app/admin/calendar", "节假日", current));
            items.add(new NavItem("/app/admin/districts", "县区", current));
        }
        items.add(new NavItem("/app/inbox", "消息", current));
        items.add(new NavItem("/app/settings/notifications", "消息设置", current));
        return items;
    }

    public record NavItem(String href, String label, boolean current) {
        NavItem(String href, String label, String currentPath) {
            this(href, label, href.equals(currentPath));
        }
    }
}
