package org.reformhub.notifications.template.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reformhub.notifications.rule.domain.Channel;

/**
 * Every rule that has wording, and what it is for. Each has a template per channel
 * ({@code templates/inbox|email|webhook/<rule>.txt}); the inbox's and e-mail's first line is the title or subject,
 * a webhook's text is one short line (an SMS).
 */
public final class TemplateCatalogue {

    private TemplateCatalogue() {
    }

    public static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        RULES.put("measure-assigned", "改革举措分解到责任单位");
        RULES.put("measure-overdue", "改革举措逾期（进展跟踪发现）");
        RULES.put("measure-deadline", "改革举措完成时限临近（30/7/1 天）");
        RULES.put("measure-overdue-reminder", "改革举措逾期未完成，每周提醒");
        RULES.put("report-submitted", "综合进展报告待审核");
        RULES.put("report-approved", "进展报告审核通过");
        RULES.put("report-returned", "进展报告被退回");
        RULES.put("report-due", "进展报告三天后到期，尚未报送");
        RULES.put("report-missing", "催报：进展报告逾期未报");
        RULES.put("appeal-filed", "企业直通车收到新诉求");
        RULES.put("appeal-assigned", "诉求交办到承办单位");
        RULES.put("appeal-sent-back", "承办单位退回诉求");
        RULES.put("appeal-answered", "诉求已答复，邀请企业评价");
        RULES.put("appeal-rejected", "诉求未予受理");
        RULES.put("appeal-reopened", "企业不满意，诉求重办");
        RULES.put("appeal-sla-warning", "诉求办理时限已用八成");
        RULES.put("appeal-overdue", "诉求超过办理时限");
        RULES.put("appeal-overdue-reminder", "诉求超期未答复，每日提醒");
        RULES.put("appeal-rating-reminder", "答复三天未评价，提醒企业评价");
        RULES.put("appeal-time-limit-set", "每月面对面会议确定办理时限");
        RULES.put("city-report-published", "月报、专题报告报送市政府");
        RULES.put("session-invitation", "面对面会议（联席会议）邀请企业和承办单位");
        RULES.put("session-reminder", "面对面会议前一天提醒参会");
        RULES.put("supervision-issued", "督办单下达");
        RULES.put("supervision-replied", "督办单已回复");
        RULES.put("supervision-escalated", "督办单逾期未回复，升级督办");
        RULES.put("daily-digest", "每日汇总邮件");
        RULES.put("contact-appeal-received", "企业联系人：诉求已登记（编号、答复期限）");
        RULES.put("contact-appeal-routed", "企业联系人：诉求已交办承办单位");
        RULES.put("contact-appeal-answered", "企业联系人：诉求已答复，请评价");
        RULES.put("contact-appeal-rejected", "企业联系人：诉求未予受理");
        RULES.put("contact-appeal-reopened", "企业联系人：不满意的诉求重新办理");
        RULES.put("contact-rating-reminder", "企业联系人：答复三天未评价，提醒评价");
        RULES.put("contact-session-invitation", "企业联系人：面对面会议邀请");
        RULES.put("contact-session-reminder", "企业联系人：面对面会议前一天提醒");
    }

    /** Rules for the contact an enterprise gave for a case: no inbox (it may have no account), e-mail and SMS. */
    public static final String CONTACT_PREFIX = "contact-";

    /** The digest exists only as an e-mail; what goes to a case's contact, as e-mail and SMS (webhook) only. */
    public static List<Channel> channelsOf(String rule) {
        if ("daily-digest".equals(rule)) {
            return List.of(Channel.EMAIL);
        }
        return rule.startsWith(CONTACT_PREFIX) ? List.of(Channel.EMAIL, Channel.WEBHOOK) : List.of(Channel.values());
    }

    public static boolean has(Channel channel, String rule) {
        return RULES.containsKey(rule) && channelsOf(rule).contains(channel);
    }
}
